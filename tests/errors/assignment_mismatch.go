// The number of values must match the number of variables.
package main

func two() (int, int) {
	return 1, 2
}

func one() int {
	return 1
}

func main() {
	a, b := 1            // ERROR "assignment mismatch: 2 variables but 1 value"
	c := 1, 2            // ERROR "assignment mismatch: 1 variable but 2 values"
	d := two()           // ERROR "assignment mismatch: 1 variable but two returns 2 values"
	e, f, g := two()     // ERROR "assignment mismatch: 3 variables but two returns 2 values"
	var h, i int = one() // ERROR "assignment mismatch: 2 variables but one returns 1 value"
	var j, k = 1, 2, 3   // ERROR "extra init expr 3"
	_ = one() + two()    // ERROR "multiple-value two\(\) \(value of type \(int, int\)\) in single-value context"
	println(a, b, c, d, e, f, g, h, i, j, k)
}
