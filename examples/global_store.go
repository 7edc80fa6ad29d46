// global_store.go — storing an address into a package variable.
//
// last is a global: it lives as long as the program, so whatever it points
// to must too. remember(p) stores p there ("leaking param: p"), so the
// caller's &c must be on the heap ("moved to heap: c").
package main

import "fmt"

type counter struct{ n int }

var last *counter

func remember(p *counter) {
	last = p
}

func main() {
	c := counter{n: 41}
	remember(&c)
	last.n++
	fmt.Println(last.n)
}
