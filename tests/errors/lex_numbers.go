// Malformed integer and floating-point literals.
package main

import "fmt"

func main() {
	a := 0128   // ERROR "invalid digit '8' in octal literal"
	b := 0x     // ERROR "hexadecimal literal has no digits"
	c := 1__0   // ERROR "'_' must separate successive digits"
	d := 0b102  // ERROR "invalid digit '2' in binary literal"
	e := 0o78   // ERROR "invalid digit '8' in octal literal"
	f := 1e     // ERROR "exponent has no digits"
	g := 0x1.5  // ERROR "hexadecimal mantissa requires a 'p' exponent"
	h := 100_   // ERROR "'_' must separate successive digits"
	i := 0b     // ERROR "binary literal has no digits"
	fmt.Println(a, b, c, d, e, f, g, h, i)
}
