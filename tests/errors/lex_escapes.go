// Invalid escape sequences in string and rune literals.
package main

import "fmt"

func main() {
	a := "a\qb"       // ERROR "unknown escape"
	b := '\400'       // ERROR "octal escape value 256 > 255"
	c := "\xZZ"       // ERROR "invalid character 'Z' in hexadecimal escape"
	d := "\uD800"     // ERROR "escape is invalid Unicode code point U\+D800"
	e := '\U00110000' // ERROR "escape is invalid Unicode code point U\+110000"
	f := "\x4"        // ERROR "invalid character '\x22' in hexadecimal escape"
	g := '\''
	h := "\'"         // ERROR "unknown escape"
	fmt.Println(a, b, c, d, e, f, g, h)
}
