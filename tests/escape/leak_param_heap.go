// go2c build -m
// A pointer parameter stored where the heap can reach it leaks: callers
// must pass heap memory.
package main

var registry []*int

func register(p *int) { // ERROR "^leaking param: p$"
	registry = append(registry, p)
}

func main() {
	x := 1 // ERROR "^moved to heap: x$"
	register(&x)
	println(len(registry))
}
