// %#v prints Go syntax for every kind of value.
package main

import "fmt"

type Point struct {
	X, Y int
}

type Color int

type Wrapper struct {
	P    *Point
	Any  interface{}
	List []string
}

func main() {
	fmt.Printf("%#v %#v %#v\n", 42, uint8(7), -3)
	fmt.Printf("%#v %#v %#v %#v\n", 1.0, 2.5, 1e21, float32(0.5))
	fmt.Printf("%#v %#v %#v\n", "q\"s\n", 'x', true)
	fmt.Printf("%#v\n", []int{1, 2})
	fmt.Printf("%#v\n", []string(nil))
	fmt.Printf("%#v\n", [3]bool{true})
	fmt.Printf("%#v\n", map[string]int{"b": 2, "a": 1})
	fmt.Printf("%#v\n", Point{1, 2})
	fmt.Printf("%#v\n", &Point{1, 2})
	fmt.Printf("%#v\n", Color(3))
	fmt.Printf("%#v\n", Wrapper{nil, 5, nil})
	fmt.Printf("%#v\n", []interface{}{1, "a", nil})
	fmt.Printf("%#v\n", struct{ A, B int }{1, 2})
	var e interface{}
	fmt.Printf("%#v %#v\n", e, []byte("hi"))
	fmt.Printf("%#v\n", map[Point]string{{1, 2}: "a"})
	fmt.Printf("%#v\n", uintptr(10))
}
