// make and new: which types, how many sizes, and sizes that are not
// non-negative integers.
package main

type Slice []int

func main() {
	n := 2.5
	_ = make([]int) // ERROR "invalid operation: make\(\[\]int\) expects 2 or 3 arguments; found 1"
	_ = make(Slice, 1, 2, 3) // ERROR "invalid operation: make\(Slice, 1, 2, 3\) expects 2 or 3 arguments; found 4"
	_ = make(map[string]int, 1, 2) // ERROR "invalid operation: make\(map\[string\]int, 1, 2\) expects 1 or 2 arguments; found 3"
	_ = make(int) // ERROR "invalid argument: cannot make int; type must be slice, map, or channel"
	_ = make([]int, -1) // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
	_ = make([]int, 5, 2) // ERROR "invalid argument: length and capacity swapped"
	_ = make([]int, n) // ERROR "invalid argument: index n \(variable of type float64\) must be integer"
	_ = new(5) // ERROR "5 is not a type"
}
