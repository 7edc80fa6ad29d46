// go2c build -m
// fmt.Println keeps its arguments' contents: every non-constant operand
// boxed for it escapes, while the ... slice itself does not.
package main

import "fmt"

type pair struct{ a, b int }

func main() {
	n := 3
	f := 2.5
	s := "hi"
	p := pair{1, 2}
	fmt.Println(n, f, s, p) // ERROR "^\.\.\. argument does not escape$" "^n escapes to heap$" "^f escapes to heap$" "^s escapes to heap$" "^p escapes to heap$"
	fmt.Println("constant", 10) // ERROR "^\.\.\. argument does not escape$" `^"constant" escapes to heap$` "^10 escapes to heap$"
}
