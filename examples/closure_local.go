// closure_local.go — a closure that does not escape.
//
// add captures total by reference, as in closure_escapes.go, but add is
// only called inside sum: neither the closure nor total outlives sum's
// frame. -m says "func literal does not escape" and nothing about total:
// both stay on the stack (in the C, the closure is a struct in sum's frame).
package main

import "fmt"

func sum(n int) int {
	total := 0
	add := func(v int) { total += v }
	for i := 1; i <= n; i++ {
		add(i)
	}
	return total
}

func main() {
	fmt.Println(sum(100))
}
