// Constant case values in an expression switch must be distinct.
package main

func main() {
	x := 3
	switch x {
	case 1, 2:
	case 3, 1: // ERROR "duplicate case 1 \(constant of type int\) in expression switch"
	case 2: // ERROR "duplicate case 2 \(constant of type int\) in expression switch"
	case 1 + 2: // ERROR "duplicate case 1 \+ 2 \(constant 3 of type int\) in expression switch"
	}
	s := "a"
	switch s {
	case "a", "b":
	case "a": // ERROR "duplicate case \x22a\x22 \(constant of type string\) in expression switch"
	}
	switch x {
	default:
	case 4:
	default: // ERROR "multiple defaults \(first at .*:18:2\)"
	}
	switch s {
	case 1: // ERROR "cannot convert 1 \(untyped int constant\) to string"
	}
}
