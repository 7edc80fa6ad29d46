// Method declarations: receivers must be defined types of this package
// that are neither pointers nor interfaces; names must be unique.
package main

type T int
type P *int
type I interface{ M() }
type S struct{ m int }

func (t T) M() {}
func (t T) M() {} // ERROR "T.M redeclared in this block"
func (p P) X() {} // ERROR "invalid receiver type P \(pointer or interface type\)"
func (i I) Y() {} // ERROR "invalid receiver type I \(pointer or interface type\)"
func (s S) m() {} // ERROR "field and method with the same name m"
func (x int) Z() {} // ERROR "cannot define new methods on non-local type int"
func (u U) Q() {} // ERROR "undefined: U"
func (t *T) N() {}
func (t **T) R() {} // ERROR "invalid receiver type \*\*T"

func main() {
	var t T
	t.M()
	t.N()
}
