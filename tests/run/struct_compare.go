// Struct and array equality compares every field, including nested structs, strings, interfaces.
package main

import "fmt"

type Point struct{ X, Y int }

type Shape struct {
	Name   string
	Pts    [2]Point
	Extra  interface{}
	Scale  float64
	Hidden bool
}

func main() {
	a := Shape{"line", [2]Point{{0, 0}, {1, 1}}, 5, 1.0, false}
	b := a
	fmt.Println(a == b)
	b.Pts[1].Y = 2
	fmt.Println(a == b, a != b)
	b = a
	b.Extra = "5"
	fmt.Println(a == b)
	b.Extra = 5
	fmt.Println(a == b)
	b.Name = "lin" + "e"
	fmt.Println(a == b)
	c := Shape{Scale: 0.0}
	d := Shape{Scale: -0.0}
	fmt.Println(c == d)
	p1, p2 := &Point{1, 2}, &Point{1, 2}
	fmt.Println(p1 == p2, *p1 == *p2)
	var i1, i2 interface{} = Point{1, 2}, Point{1, 2}
	fmt.Println(i1 == i2)
	fmt.Println([2]string{"a", "b"} == [2]string{"a", "b"}, [2]bool{} == [2]bool{true})
}
