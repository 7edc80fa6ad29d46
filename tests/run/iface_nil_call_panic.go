// Calling a method on a nil interface panics with a nil pointer dereference; a non-nil interface
// holding a nil pointer calls the method normally.
package main

import "fmt"

type Shape interface{ Name() string }

type Circle struct{ r float64 }

func (c *Circle) Name() string {
	if c == nil {
		return "nil circle"
	}
	return "circle"
}

func call(s Shape) (out string) {
	defer func() {
		if r := recover(); r != nil {
			out = fmt.Sprint("panic: ", r)
		}
	}()
	return s.Name()
}

func main() {
	var s Shape
	fmt.Println(call(s))
	var c *Circle
	s = c
	fmt.Println(s == nil, call(s))
	fmt.Println(call(&Circle{1}))
	var e error
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(e.Error())
	}()
}
