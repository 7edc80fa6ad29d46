// Type assertions and type switches.
package main

type T int
type I interface{ M() }

func (t T) M(x int) {}

type V int

func (V) M() {}

func main() {
	var i I = V(0)
	var n int
	_ = n.(int) // ERROR "invalid operation: n \(variable of type int\) is not an interface"
	_ = i.(T)   // ERROR "impossible type assertion: i.\(T\)"
	switch n.(type) { // ERROR "n \(variable of type int\) is not an interface"
	}
	switch x := i.(type) { // ERROR "x declared but not used"
	case int: // ERROR "impossible type switch case: int"
	case V:
	case V: // ERROR "duplicate case V in type switch"
	case nil:
	}
	var e error = 1 // ERROR "cannot use 1 \(constant of type int\) as type error in variable declaration"
	_ = e
}
