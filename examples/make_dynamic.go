// make_dynamic.go — a make whose size is not a constant.
//
// fill's slice does not escape, but its length n is only known at run
// time, so the compiler cannot reserve room for it in the frame: it is
// allocated on the heap ("make([]int, n) escapes to heap"; -m=2: "non-
// constant size"). The constant-size make in fixed stays on the stack.
package main

import "fmt"

func fill(n int) int {
	s := make([]int, n)
	for i := range s {
		s[i] = i
	}
	return s[n-1]
}

func fixed() int {
	s := make([]int, 8)
	for i := range s {
		s[i] = i
	}
	return s[7]
}

func main() {
	fmt.Println(fill(10), fixed())
}
