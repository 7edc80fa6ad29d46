// allocs.go — a program for GO2CDEBUG=allocs=1, the allocation profile:
// each kind of heap allocation site, run a known number of times.
package main

import "os"

type T struct{ A, B int64 }

func newT(i int) *T { return &T{int64(i), 2} }

func counter() func() int {
	n := 0
	return func() int { n++; return n }
}

func main() {
	sum := int64(0)
	for i := 0; i < 10; i++ {
		sum += newT(i).A
	}
	c := counter()
	c()
	s := make([]int64, sum)
	println(sum, c(), len(s))
	if len(os.Args) > 1 {
		os.Exit(3)
	}
}
