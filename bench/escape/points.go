// points.go — many short-lived &T{} in a loop: with escape analysis each
// one lives in the loop's C frame; with -escape=off each is a heap object.
// bench/escape.py builds it both ways and compares time and allocations.
package main

import "fmt"

type Point struct{ X, Y, Z float64 }

func (p *Point) Add(q *Point) { p.X += q.X; p.Y += q.Y; p.Z += q.Z }

func norm1(p *Point) float64 {
	s := p.X + p.Y + p.Z
	if s < 0 {
		return -s
	}
	return s
}

func main() {
	sum := &Point{}
	total := 0.0
	for i := 0; i < 20000000; i++ {
		d := &Point{float64(i), 1, -0.5} // short-lived: stays in the frame
		sum.Add(d)
		total += norm1(d)
	}
	fmt.Println(sum.X, sum.Y, sum.Z, total)
}
