// %v on every kind of value: basic types, slices, arrays, maps, structs, pointers, nil.
package main

import "fmt"

type Point struct {
	X, Y int
}

type Named struct {
	Name  string
	Tags  []string
	Inner *Point
}

func main() {
	fmt.Printf("%v %v %v %v\n", 42, -7, uint8(200), int64(-1)<<40)
	fmt.Printf("%v %v %v\n", 3.0, 2.5e-7, float32(0.1))
	fmt.Printf("%v %v %v\n", true, "text", 'A')
	fmt.Printf("%v %v\n", []int{1, 2, 3}, [2]string{"a", "b"})
	fmt.Printf("%v\n", map[string]int{"z": 1, "a": 2, "m": 3})
	fmt.Printf("%v\n", Point{1, 2})
	fmt.Printf("%v\n", &Point{3, 4})
	fmt.Printf("%v\n", Named{"n", []string{"x", "y"}, nil})
	fmt.Printf("%v\n", []*int{nil})
	var ip *int
	var e interface{}
	var s []int
	var m map[int]bool
	var err error
	fmt.Printf("%v %v %v %v %v\n", ip, e, s, m, err)
	fmt.Printf("%v\n", []interface{}{1, "a", nil, 2.5, []byte("hi")})
	fmt.Printf("%v\n", [][]int{{1}, {2, 3}, nil})
	fmt.Printf("%v\n", struct {
		A int
		B string
	}{5, "five"})
	fmt.Printf("%v %v\n", complex(1, -2), []byte{})
}
