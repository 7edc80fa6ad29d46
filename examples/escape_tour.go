// escape_tour.go — a tour of escape analysis verdicts, for `go2c explain`.
//
// Each function below allocates in a different way; some allocations stay
// in the function's frame (stack), others must outlive it (heap).  Try:
//
//	go2c build -m=2 examples/escape_tour.go
//	go2c explain -o tour.html examples/escape_tour.go
package main

import "fmt"

type point struct{ x, y int }

// The point outlives the call: returned to the caller.
func newPoint(x, y int) *point {
	p := point{x, y}
	return &p
}

// The point never leaves the frame: it stays on the stack.
func sum(x, y int) int {
	p := &point{x, y}
	return p.x + p.y
}

// Stored in a package variable: the heap.
var saved []int

func keep(n int) {
	s := make([]int, n)
	saved = s
}

// A constant-size buffer used only here: the stack.
func local() int {
	buf := make([]int, 8)
	for i := range buf {
		buf[i] = i
	}
	return buf[7]
}

// The closure captures total and is returned: both go to the heap.
func counter() func() int {
	total := 0
	return func() int {
		total++
		return total
	}
}

// Through an intermediate variable, then into the map's contents.
func register(m map[string]*point, name string) {
	p := &point{1, 2}
	q := p
	m[name] = q
}

func main() {
	fmt.Println(newPoint(1, 2).x, sum(3, 4))
	keep(3)
	fmt.Println(local(), len(saved))
	next := counter()
	next()
	fmt.Println(next())
	m := map[string]*point{}
	register(m, "a")
	fmt.Println(m["a"].y)
}
