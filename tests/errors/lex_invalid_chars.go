// Characters that cannot start any token are reported and skipped; the
// parser then sees what is left of the line.
package main

import "fmt"

func main() {
	a := 1 # 2 // ERROR "invalid character U\+0023 '#'" "syntax error: unexpected literal 2 at end of statement"
	b := 3 ? 4 // ERROR "invalid character U\+003F '\?'" "syntax error: unexpected literal 4 at end of statement"
	c$ := 5    // ERROR "invalid character U\+0024 '\$'"
	d := 'x' ~ // ERROR "syntax error: unexpected ~ at end of statement"
	fmt.Println(a, b, c, d)
}
