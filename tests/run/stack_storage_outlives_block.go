// What stays on the stack lives as long as the call, as in gc's frame, not
// as long as the block that made it: a pointer to a variable, a composite
// literal or a closure made inside an if or a loop may be used after it.
// (C ends a block's locals at its brace; go2c declares such storage at
// the top of the C function. The asan-stack tests check the lifetimes.)
package main

import "fmt"

type T struct{ a, b, c int }

func mangle(ps *string) {
	if ps == nil {
		var s string
		ps = &s
	}
	*ps = "hello"
	fmt.Println(*ps)
}

func pick(cond bool) int {
	var p *T
	if cond {
		p = &T{1, 2, 3}
	}
	var f func() int
	if cond {
		x := 10
		f = func() int { x++; return x }
	}
	return p.a + f() + f()
}

func last(n int) int {
	var p *int
	for i := 0; i < n; i++ {
		v := i * i
		if i == n-1 {
			p = &v
		}
	}
	return *p
}

func sum(xs []int) (total int) {
	var acc *int
	{
		t := 0
		acc = &t
	}
	for _, x := range xs {
		*acc += x
	}
	return *acc
}

func main() {
	mangle(nil)
	fmt.Println(pick(true), last(5), sum([]int{1, 2, 3}))
}
