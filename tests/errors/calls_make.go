// make takes a slice, map or channel type and sizes that are non-negative ints.
package main

func main() {
	var f float64
	_ = make([]int)             // ERROR "invalid operation: make\(\[\]int\) expects 2 or 3 arguments; found 1"
	_ = make([]int, -1)         // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
	_ = make([]int, 1.5)        // ERROR "1.5 \(untyped float constant\) truncated to int"
	_ = make([]int, 10, 5)      // ERROR "invalid argument: length and capacity swapped"
	_ = make(map[int]int, 1, 2) // ERROR "invalid operation: make\(map\[int\]int, 1, 2\) expects 1 or 2 arguments; found 3"
	_ = make(int)               // ERROR "invalid argument: cannot make int; type must be slice, map, or channel"
	_ = make([]int, f)          // ERROR "invalid argument: index f \(variable of type float64\) must be integer"
	_ = make([]int, 1<<70)      // ERROR "1 << 70 \(untyped int constant 1180591620717411303424\) overflows int"
}
