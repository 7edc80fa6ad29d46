// go2c build -m
// The analysis is field-insensitive: storing an address in one field and
// leaking another field of the same struct still leaks the address.
package main

type pair struct {
	a, b *int
}

var sink *int

func leakOther() {
	x := 1 // ERROR "^moved to heap: x$"
	y := 2 // ERROR "^moved to heap: y$"
	p := pair{a: &x, b: &y}
	sink = p.b
}

func noLeak() int {
	x := 3
	p := pair{a: &x}
	return *p.a
}

func main() {
	leakOther()
	println(noLeak(), *sink)
}
