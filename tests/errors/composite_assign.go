// Assignments to map elements, their fields, and what is not addressable.
package main

type In struct{ b int }
type Point struct {
	x int
	a In
}

func main() {
	m := map[int]Point{}
	m[1].a.b = 2 // ERROR "cannot assign to m\[1\]\.a\.b \(value of type int\)"
	(m[1]).x = 3 // ERROR "cannot assign to struct field \(m\[1\]\)\.x in map"
	ma := map[int][2]int{}
	ma[1][0] = 1 // ERROR "cannot assign to ma\[1\]\[0\] \(value of type int\)"
	m[1] = Point{}
	m[2]++ // ERROR "invalid operation: m\[2\]\+\+ \(non-numeric type Point\)"
}
