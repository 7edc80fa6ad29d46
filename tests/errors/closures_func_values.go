// Function values and closures: calling non-functions, comparing
// functions, results of the wrong type and assigning mismatched literals.
package main

func apply(f func(int) int, x int) int { return f(x) }

func main() {
	n := 3
	n() // ERROR "invalid operation: cannot call non-function n \(variable of type int\)"
	f := func(int) int { return 0 }
	g := func(int) string { return "" }
	_ = f == g // ERROR "invalid operation: f == g \(mismatched types func\(int\) int and func\(int\) string\)"
	_ = f == f // ERROR "invalid operation: f == f \(func can only be compared to nil\)"
	_ = apply(g, 1) // ERROR "cannot use g \(variable of type func\(int\) string\) as type func\(int\) int in argument to apply"
	_ = apply(func(int) { return }, 1) // ERROR "cannot use func\(int\) \{…\} \(value of type func\(int\)\) as type func\(int\) int in argument to apply"
	var h func() = func() int { return 1 } // ERROR "cannot use func\(\) int \{…\} \(value of type func\(\) int\) as type func\(\) in variable declaration"
	k := func() { return 1 } // ERROR "too many return values"
	_ = f != nil
	_, _ = h, k
}
