// go2c build -m
// A call through a func value whose target is unknown is conservative:
// every pointer argument leaks to the heap.
package main

func call(f func(*int) int) int { // ERROR "^f does not escape$"
	x := 1 // ERROR "^moved to heap: x$"
	return f(&x)
}

func callLocal() int {
	g := func(p *int) int { return *p } // ERROR "^p does not escape$" "^func literal does not escape$"
	y := 2
	return g(&y)
}

func main() {
	println(call(func(p *int) int { return *p + 1 }), callLocal()) // ERROR "^p does not escape$" "^func literal does not escape$"
}
