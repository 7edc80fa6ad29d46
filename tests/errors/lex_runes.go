// Rune literals hold exactly one character.
package main

import "fmt"

func main() {
	a := 'ab'  // ERROR "more than one character in rune literal"
	b := ''    // ERROR "empty rune literal or unescaped '"
	c := '\n\n' // ERROR "more than one character in rune literal"
	d := 'é'
	e := '世界' // ERROR "more than one character in rune literal"
	fmt.Println(a, b, c, d, e)
}
