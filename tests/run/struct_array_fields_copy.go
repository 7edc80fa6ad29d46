// Struct copies copy array fields deeply but share slice and map fields and pointed-to data.
package main

import "fmt"

type Record struct {
	Fixed [3]int
	Slice []int
	Map   map[string]int
	Ptr   *int
	Inner struct{ Vals [2]string }
}

func mutate(r Record) {
	r.Fixed[0] = -1
	r.Slice[0] = -1
	r.Map["k"] = -1
	*r.Ptr = -1
	r.Inner.Vals[0] = "changed"
}

func main() {
	n := 5
	a := Record{Fixed: [3]int{1, 2, 3}, Slice: []int{1, 2, 3}, Map: map[string]int{"k": 1}, Ptr: &n}
	a.Inner.Vals = [2]string{"x", "y"}
	b := a
	b.Fixed[1] = 20
	b.Slice[1] = 20
	b.Map["j"] = 2
	b.Inner.Vals[1] = "Y"
	fmt.Println(a.Fixed, a.Slice, len(a.Map), a.Inner.Vals)
	fmt.Println(b.Fixed, b.Slice, len(b.Map), b.Inner.Vals)
	mutate(a)
	fmt.Println(a.Fixed, a.Slice, a.Map, n, a.Inner.Vals)
	b.Slice = append(b.Slice, 4)
	b.Slice[2] = 30
	fmt.Println(a.Slice, b.Slice)
	arr := [2]Record{a, b}
	arrCopy := arr
	arrCopy[0].Fixed[2] = 99
	fmt.Println(arr[0].Fixed, arrCopy[0].Fixed)
}
