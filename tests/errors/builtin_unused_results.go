// Expression statements: the builtins that only compute a value cannot
// stand alone, and os.Exit is an ordinary function of one int.
package main

import "os"

func main() {
	os.Exit() // ERROR "not enough arguments in call to os\.Exit"
	os.Exit(1, 2) // ERROR "too many arguments in call to os\.Exit"
	var s []int
	cap(s) // ERROR "cap\(s\) \(value of type int\) is not used"
	complex(1, 2) // ERROR "complex\(1, 2\) \(untyped complex constant \(1 \+ 2i\)\) is not used"
	real(1i) // ERROR "real\(1i\) \(untyped float constant 0\) is not used"
	make([]int, 1) // ERROR "make\(\[\]int, 1\) \(value of type \[\]int\) is not used"
	new(int) // ERROR "new\(int\) \(value of type \*int\) is not used"
	len(s) // ERROR "len\(s\) \(value of type int\) is not used"
}
