// return_addr.go — returning the address of a local variable.
//
// p is declared in newPoint, but its address is returned: the caller uses
// it after newPoint's frame is gone, so p cannot live in that frame.
// -m says "moved to heap: p"; the C allocates p with rt_alloc.
package main

import "fmt"

type point struct{ x, y int }

func newPoint(x, y int) *point {
	p := point{x, y}
	return &p
}

func main() {
	sum := 0
	for i := 0; i < 1000000; i++ {
		q := newPoint(i, 1)
		sum += q.x + q.y
	}
	fmt.Println(sum)
}
