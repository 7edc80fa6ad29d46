// The forms of var declarations: typed, inferred, grouped, several names at once.
package main

import "fmt"

var (
	count      int = 3
	name           = "go2c"
	ratio          = 0.75
	on, off        = true, false
	lo, hi     int8
	u, v, w    = 1, 2.5, "w"
	fromFunc   = double(count)
	twiceCount = fromFunc * 2
)

func double(n int) int {
	return n * 2
}

func main() {
	fmt.Println(count, name, ratio, on, off, lo, hi)
	fmt.Println(u, v, w, fromFunc, twiceCount)
	var a, b, c = 1, "b", 'c'
	fmt.Println(a, b, c)
	var (
		x int
		y         = x + 1
		z float32 = 1.25
	)
	fmt.Println(x, y, z)
	var q, r int = 7, 8
	q, r = r, q
	fmt.Println(q, r)
	var _ = double(1)
	var _ int = 5
	e := 10
	var f = e * 2
	fmt.Println(e, f)
}
