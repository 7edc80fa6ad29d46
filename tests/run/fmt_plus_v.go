// %+v adds field names to structs, recursively (a nested non-nil pointer would print an address).
package main

import "fmt"

type Inner struct {
	A int
	b string
}

type Outer struct {
	Name string
	In   Inner
	P    *Inner // printed only when nil: otherwise it is an address
	L    []Inner
	M    map[string]Inner
}

func main() {
	o := Outer{
		Name: "o",
		In:   Inner{1, "x"},
		L:    []Inner{{3, "z"}},
		M:    map[string]Inner{"k": {4, "w"}},
	}
	fmt.Printf("%+v\n", o)
	fmt.Printf("%v\n", o.In)
	fmt.Printf("%+v\n", &o.In)
	fmt.Printf("%+v\n", []interface{}{Inner{}, 5, -5})
	fmt.Printf("%+v %+v\n", 3, 2.5)
	var z Outer
	fmt.Printf("%+v\n", z)
	fmt.Printf("%+v\n", struct{}{})
}
