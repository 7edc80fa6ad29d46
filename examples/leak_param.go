// leak_param.go — parameters that leak.
//
// A function's parameters get a summary that callers use instead of its
// body. keep stores its parameter in a global: "leaking param: p" (to the
// heap). first returns its parameter: "leaking param: p to result ~r0
// level=0", so the caller's &x escapes only if what first returns does.
package main

import "fmt"

var saved *int

func keep(p *int) {
	saved = p
}

func first(p *int) *int {
	return p
}

func main() {
	a := 1
	keep(&a)
	b := 2
	q := first(&b)
	fmt.Println(*saved, *q)
}
