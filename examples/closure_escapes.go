// closure_escapes.go — a closure that captures a variable by reference and
// outlives its function.
//
// The func literal in counter assigns to n, so it captures n by reference
// (the closure holds &n). The closure is returned, so both the closure and
// n outlive counter's frame: "moved to heap: n", "func literal escapes to
// heap".
package main

import "fmt"

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func main() {
	next := counter()
	next()
	next()
	fmt.Println(next())
}
