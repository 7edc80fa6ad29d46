// Interface declarations: methods declared twice are duplicates even with
// the same signature; the same method met again through embedding is not.
package main

type A interface {
	M()
	M() // ERROR "duplicate method M"
}
type C interface{ N() int }
type D interface {
	C
	N() int
}
type E interface {
	C
	C
}
type F interface{ F(F) F }

func main() {
	var a A
	var e E
	var d D = e
	var g interface {
		P(int)
		P(int) // ERROR "duplicate method P"
	}
	var i interface{ X() } = a // ERROR "cannot use a \(variable of type A\) as type interface\{X\(\)\} in variable declaration:"
	_, _, _, _, _ = a, e, i, d, g
}
