// Type declarations of every kind that go2c's type checker accepts
// (code generation for them comes later).
package main

type Celsius float64

type Point struct {
	X, Y int
}

type Node struct {
	Value int
	Next  *Node
}

type Matrix [3][3]float64
type Names []string
type Index map[string][]int
type Visitor func(n *Node) bool
type Shape interface {
	Area() float64
	Perimeter() float64
}
type Solid interface {
	Shape
	Volume() float64
}
type Alias = Point

// T2's underlying type is T1's, which refers to T2 through a pointer.
type T1 struct{ Next *T2 }
type T2 T1

func main() {
	var c Celsius = 21.5
	var p Point
	var n *Node
	var m Matrix
	var names Names
	var idx Index
	var v Visitor
	var s Shape
	var so Solid
	var a Alias
	_, _, _, _, _, _, _, _, _, _ = c, p, n, m, names, idx, v, s, so, a
	hot := c > 30
	_ = hot
}
