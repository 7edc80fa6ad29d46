// An interface value is not assignable to a concrete type; when the type
// implements the interface, gc hints at a type assertion.
package main

type I interface{ M() }
type T struct{}

func (T) M() {}

type U struct{}

func main() {
	var i I
	var t T = i // ERROR "cannot use i \(variable of type I\) as type T in variable declaration"
	var u U = i // ERROR "cannot use i \(variable of type I\) as type U in variable declaration"
	var p *T = i // ERROR "cannot use i \(variable of type I\) as type \*T in variable declaration"
	_, _, _ = t, u, p
}
