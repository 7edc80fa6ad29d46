package main

import "fmt"

// Recursion a million levels deep, each frame with a few locals: Go's
// goroutine stacks grow to 1e9 bytes, so this must work (go2c runs main on
// a 1 GiB stack).
func depth(n int, acc int) int {
	a, b, c := n*3, n^acc, n%7
	if n == 0 {
		return acc
	}
	return depth(n-1, acc+a-b+c) + c%2
}

type node struct {
	next *node
	val  int
}

// A list built on the way down and summed on the way up: the heap objects
// are reachable only from the deep stack while the collector runs.
func build(n int) *node {
	if n == 0 {
		return nil
	}
	rest := build(n - 1)
	return &node{rest, n}
}

func main() {
	fmt.Println(depth(1000000, 0))
	l := build(200000)
	sum := 0
	for p := l; p != nil; p = p.next {
		sum += p.val
	}
	fmt.Println(sum)
}
