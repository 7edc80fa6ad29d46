// onthespot.go — lab 4's test program: closures called on the spot that
// return the address of a variable of the function around them.
//
// In main, gc keeps y on the stack: the closure runs and returns before
// main does, so what it returns lives no longer than main's frame.  In
// keep, the address is stored in a global, so z must still move.  The
// expected report, onthespot.m, is gc's (go build -gcflags='-m -l').
package main

import "fmt"

var global *int

func keep() {
	z := 1
	global = func() *int { return &z }()
}

func main() {
	y := 5
	p := func() *int { return &y }()
	*p = 6
	keep()
	fmt.Println(y, *global)
}
