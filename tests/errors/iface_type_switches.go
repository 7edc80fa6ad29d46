// Type switches: the guard must be an interface, cases must be types that
// can implement it, no duplicates, and the bound variable must be used.
package main

type Stringer interface{ String() string }
type Name string

func (n *Name) String() string { return string(*n) }

func classify(x interface{}, s Stringer) {
	n := 0
	switch n.(type) { // ERROR "n \(variable of type int\) is not an interface"
	}
	switch v := x.(type) { // ERROR "v declared but not used"
	}
	switch x.(type) {
	case int, string, int: // ERROR "duplicate case int in type switch"
	case float64:
	case float64: // ERROR "duplicate case float64 in type switch"
	}
	switch s.(type) {
	case Name: // ERROR "impossible type switch case: Name"
	case *Name:
	case int: // ERROR "impossible type switch case: int"
	}
	switch y := x.(type) {
	case bool:
		var z string = y // ERROR "cannot use y \(variable of type bool\) as type string in variable declaration"
		_ = z
	}
}

func main() { classify(1, nil) }
