// Assignment counts: multi-valued calls, too few and too many values on
// either side, and single-valued expressions where two are needed.
package main

func pair() (int, string) { return 1, "" }
func none()               {}

func main() {
	var a, b, c int
	a, b = 1 // ERROR "assignment mismatch: 2 variables but 1 value"
	a = 1, 2 // ERROR "assignment mismatch: 1 variable but 2 values"
	a, b, c = pair() // ERROR "assignment mismatch: 3 variables but pair returns 2 values"
	x := pair() // ERROR "assignment mismatch: 1 variable but pair returns 2 values"
	var y, z = 1 // ERROR "assignment mismatch: 2 variables but 1 value"
	var s int = none() // ERROR "none\(\) \(no value\) used as value"
	a, b = b // ERROR "assignment mismatch: 2 variables but 1 value"
	n, m := pair(), 1 // ERROR "multiple-value pair\(\) \(value of type \(int, string\)\) in single-value context"
	_, _, _, _, _, _, _ = x, y, z, s, c, n, m
}
