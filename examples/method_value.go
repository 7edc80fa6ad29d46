// method_value.go — a method value.
//
// c.inc, without a call, is a method value: a func that remembers its
// receiver (here &c, since inc has a pointer receiver). It is a closure
// like a func literal: when it is returned, it escapes ("c.inc escapes to
// heap") and so does the receiver it holds ("moved to heap: c"). inc
// itself keeps no copy of its receiver: "c does not escape" on line 14.
package main

import "fmt"

type counter struct{ n int }

func (c *counter) inc() int {
	c.n++
	return c.n
}

func makeInc() func() int {
	var c counter
	return c.inc
}

func main() {
	f := makeInc()
	f()
	fmt.Println(f())
}
