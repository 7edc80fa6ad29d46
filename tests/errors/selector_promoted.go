// Promoted fields and methods through embedding: ambiguous selectors at
// the same depth, shadowing at shallower depth, missing names.
package main

type A struct{ X int }

func (A) M() {}

type B struct{ X int }

func (B) M() {}

type C struct {
	A
	B
}
type D struct {
	C
	X string
}
type E struct{ *A }

func main() {
	var c C
	_ = c.X // ERROR "ambiguous selector c\.X"
	c.M() // ERROR "ambiguous selector c\.M"
	var d D
	var n int = d.X // ERROR "cannot use d\.X \(variable of type string\) as type int in variable declaration"
	d.M() // ERROR "ambiguous selector d\.M"
	var e E
	e.Y() // ERROR "e\.Y undefined \(type E has no field or method Y\)"
	_ = e.A.Z // ERROR "e\.A\.Z undefined \(type \*A has no field or method Z\)"
	_ = n
}
