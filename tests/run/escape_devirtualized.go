// Calls that gc devirtualizes (an interface variable known to hold one
// concrete type) use that method's summary: a receiver the method
// returns must still move to the heap, one it only reads may stay.
package main

import "fmt"

type counter struct{ n [4]int }

func (c *counter) Add(k int) { c.n[0] += k }

func (c *counter) Self() *counter { return c }

type adder interface{ Add(int) }

type selfer interface{ Self() *counter }

func returned(k int) *counter {
	var c counter
	c.n[1] = k
	s := selfer(&c)
	return s.Self()
}

func local(k int) int {
	var b counter
	var a adder = &b
	a.Add(k)
	a.Add(k)
	return b.n[0]
}

func clobber(n int) int {
	var buf [64]int
	for i := range buf {
		buf[i] = n * i
	}
	return buf[n%64]
}

func main() {
	p := returned(7)
	q := returned(9)
	clobber(5)
	fmt.Println(p.n, q.n, local(21))
}
