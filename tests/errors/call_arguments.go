// Calls must pass as many arguments as there are parameters, of assignable types.
package main

func add(a, b int) int {
	return a + b
}

func none() {
}

func pair() (int, int) {
	return 1, 2
}

func main() {
	_ = add(1)       // ERROR "not enough arguments in call to add"
	_ = add(1, 2, 3) // ERROR "too many arguments in call to add"
	none(1)          // ERROR "too many arguments in call to none"
	_ = add("a", 2)  // ERROR "cannot use \x22a\x22 \(untyped string constant\) as int value in argument to add"
	_ = add(pair())
	_ = add(pair(), 3)       // ERROR "multiple-value pair\(\) \(value of type \(int, int\)\) in single-value context"
	x := none()              // ERROR "none\(\) \(no value\) used as value"
	var s string = add(1, 2) // ERROR "cannot use add\(1, 2\) \(value of type int\) as type string in variable declaration"
	_ = len(1)               // ERROR "invalid argument: 1 \(untyped int constant\) for len"
	_, _ = x, s
}
