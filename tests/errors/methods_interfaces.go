// Interface satisfaction: method sets of T and *T, missing and mistyped
// methods, pointer receivers.
package main

type T int
type I interface{ M() }
type J interface {
	M()
	N()
}
type W int

func (t *T) M() {}
func (w W) M(x int) {}

func f(i I) {}

func g() I {
	var t T
	return t // ERROR "cannot use t \(variable of type T\) as type I in return statement"
}

func main() {
	var t T
	var i I
	i = t // ERROR "cannot use t \(variable of type T\) as type I in assignment"
	f(t)  // ERROR "cannot use t \(variable of type T\) as type I in argument to f"
	var j J = i // ERROR "cannot use i \(variable of type I\) as type J in variable declaration"
	_ = j
	_ = I(t)      // ERROR "cannot convert t \(variable of type T\) to type I"
	T(0).M()      // ERROR "cannot call pointer method M on T"
	t.X()         // ERROR "t.X undefined \(type T has no field or method X\)"
	var k I = W(1) // ERROR "cannot use W\(1\) \(constant 1 of type W\) as type I in variable declaration"
	_ = k
}
