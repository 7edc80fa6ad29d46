// go2c build -m
// Storing an address through a pointer parameter (p.next = &x) sends it to
// an unknown place: x moves to the heap, and p itself does not escape.
package main

type node struct {
	val  int
	next *node
}

func link(p *node) { // ERROR "^p does not escape$"
	x := node{val: 2} // ERROR "^moved to heap: x$"
	p.next = &x
}

func linkValue(p *node, v int) { // ERROR "^p does not escape$"
	p.val = v
}

func main() {
	var n node
	link(&n)
	linkValue(&n, 1)
	println(n.val, n.next.val)
}
