// A field or method at a shallower depth shadows deeper promoted ones; reach them explicitly.
package main

import "fmt"

type Inner struct {
	X, Y int
}

func (Inner) Hello() string { return "inner hello" }
func (Inner) Only() string  { return "only inner" }

type Middle struct {
	Inner
	X string
}

func (Middle) Hello() string { return "middle hello" }

type Outer struct {
	Middle
	Y float64
}

func main() {
	o := Outer{Middle{Inner{1, 2}, "mx"}, 3.5}
	fmt.Println(o.X, o.Y)
	fmt.Println(o.Middle.X, o.Inner.X, o.Middle.Inner.Y, o.Inner.Y)
	fmt.Println(o.Hello(), o.Inner.Hello(), o.Only())
	o.X = "changed"
	o.Inner.X = 10
	fmt.Printf("%+v\n", o)
}
