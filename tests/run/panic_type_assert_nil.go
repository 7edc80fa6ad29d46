// Asserting on a nil interface panics ("interface conversion: interface is nil, not T").
package main

import "fmt"

type Shape interface {
	Area() float64
}

func try(f func()) {
	defer func() { fmt.Println("recovered:", recover()) }()
	f()
}

func main() {
	var e interface{}
	var s Shape
	try(func() { _ = e.(string) })
	try(func() { _ = s.(interface{ Perimeter() float64 }) })
	v, ok := e.(int)
	fmt.Println(v, ok)
	var err error
	fmt.Println(err.(fmt.Stringer))
}
