// Only variables can be assigned; expressions used as statements must be calls.
package main

const k = 1

func f() int {
	return 1
}

func main() {
	x := 1
	k = 2     // ERROR "cannot assign to k \(untyped int constant 1\)"
	f() = 3   // ERROR "cannot assign to f\(\) \(value of type int\)"
	x + 1 = 4 // ERROR "cannot assign to x \+ 1 \(value of type int\)"
	x == 1    // ERROR "x == 1 \(untyped bool value\) is not used"
	x         // ERROR "x \(variable of type int\) is not used"
	"literal" // ERROR "\x22literal\x22 \(untyped string constant\) is not used"
	k++       // ERROR "cannot assign to k \(untyped int constant 1\)"
	var s string
	s = x        // ERROR "cannot use x \(variable of type int\) as type string in assignment"
	x = int("3") // ERROR "cannot convert \x223\x22 \(untyped string constant\) to type int"
}
