// Function literals are closures; init functions cannot be called.
package main

func init(x int) {} // ERROR "func init must have no arguments and no return values"

func init() {}

func main() {
	init() // ERROR "undefined: init"
	n := 0
	inc := func(d int) int {
		n += d
		return n
	}
	_ = inc("x")                                    // ERROR "cannot use \x22x\x22 \(untyped string constant\) as int value in argument to inc"
	_ = func(x int) int { return x }(1, 2)          // ERROR "too many arguments in call to func\(x int\) int {…}$"
	_ = func() int { unused := 1 }                  // ERROR "unused declared but not used" "missing return"
	var s string = func() int { return 1 }()        // ERROR "cannot use func\(\) int {…}\(\) \(value of type int\) as type string in variable declaration"
	func() { return 1 }()                           // ERROR "too many return values"
	_ = s
}
