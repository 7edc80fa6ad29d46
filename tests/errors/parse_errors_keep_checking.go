// As gc, only syntax errors stop the compiler after parsing: the lexer's
// and the parser's other errors leave a complete tree, and the type
// checker's errors are reported with them.  The bad parts themselves (a
// malformed literal, a missing slice index) cause no further errors.
package main

type T int

func (a, b T) twoReceivers() {} // ERROR "method has multiple receivers"

func () noReceiver() {} // ERROR "method has no receiver"

func f() {}

func main() {
	x := 089      // ERROR "invalid digit '8' in octal literal"
	var z int = "s" // ERROR "cannot use \"s\" \(untyped string constant\) as int value in variable declaration"
	s := []int{1, 2, 3}
	_ = s[1::]    // ERROR "middle index required in 3-index slice" "final index required in 3-index slice"
	_ = "str"[1:2:3] // ERROR "invalid operation: 3-index slice of string"
	_ = s[2:1]    // ERROR "invalid slice indices: 1 < 2"
	defer (f())   // ERROR "expression in defer must not be parenthesized"
	var unused int // ERROR "unused declared but not used"
	_, _ = x, z
}
