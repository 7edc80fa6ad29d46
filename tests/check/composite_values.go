// Composite values go2c check accepts: literals with elided types, maps
// with comma-ok, slices of arrays, pointers, promoted fields, nil.
package main

import "fmt"

type Point struct{ X, Y int }

type Named struct {
	Point
	Name string
}

func main() {
	ps := []*Point{{1, 2}, &Point{X: 3}}
	grid := [...][2]int{{1, 2}, 3: {4}}
	m := map[string][]int{"a": {1, 2}, "b": nil}
	v, ok := m["a"]
	m["c"] = grid[0][:]
	const n = len(grid)
	var fixed [n]int
	s := fixed[1:3:4]
	var p *Point = nil
	if p == nil && ps[0] != ps[1] && ok {
		p = ps[0]
		_ = p
	}
	nm := Named{Point{5, 6}, "n"}
	nm.X++
	pn := &nm
	pn.Y = len(v) + cap(s)
	b := []byte("hello")
	fmt.Println(string(b[1:]), nm.X, pn.Point.Y, len(m), (*[2]int)(s) != nil)
}
