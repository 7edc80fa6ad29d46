// Variadic calls: spreading slices with ..., element types, ... on
// non-variadic functions and multi-valued arguments.
package main

func sum(base int, xs ...int) int { return base + len(xs) }
func pair() (int, int)              { return 1, 2 }
func one(x int) int                 { return x }

func main() {
	nums := []int{1, 2}
	strs := []string{"a"}
	_ = sum() // ERROR "not enough arguments in call to sum"
	_ = sum(1, strs...) // ERROR "cannot use strs \(variable of type \[\]string\) as type \[\]int in argument to sum"
	_ = sum(1, 2, nums...) // ERROR "too many arguments in call to sum"
	_ = one(nums...) // ERROR "cannot use \.\.\. in call to non-variadic one"
	_ = sum(1, "a", 2) // ERROR "cannot use .a. \(untyped string constant\) as int value in argument to sum"
	_ = sum(pair())
	_ = one(pair()) // ERROR "too many arguments in call to one"
	_ = sum(nums...) // ERROR "not enough arguments in call to sum"
}
