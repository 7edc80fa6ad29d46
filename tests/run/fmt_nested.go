// Printing nested structures: slices of structs with pointers, maps of slices, arrays of maps.
package main

import "fmt"

type Leaf struct {
	Name string
	Val  float64
}

type Tree struct {
	Leaves []Leaf
	Kids   []*Tree
	Meta   map[string][]int
}

func main() {
	t := Tree{
		Leaves: []Leaf{{"a", 1}, {"b", 2.5}},
		Meta:   map[string][]int{"sizes": {1, 2}, "empty": {}},
	}
	fmt.Println(t)
	fmt.Printf("%+v\n", t)
	fmt.Println([2]map[string]int{{"x": 1}, nil})
	fmt.Println([][]string{{"a", "b"}, {}, {"c"}})
	fmt.Println([]interface{}{[]int{1}, map[int]int{1: 1}, Leaf{"c", 3}, (*Leaf)(nil)})
	fmt.Println(struct {
		L *Leaf
		E interface{}
	}{nil, Leaf{}})
	fmt.Printf("%v %+v\n", []*Leaf{nil}, [1]Leaf{})
	fmt.Println([]string{""}, []string{"", ""}, []string{})
}
