// Reading a nil map is fine; writing to it panics.
package main

import "fmt"

func main() {
	var m map[string]int
	fmt.Println(m == nil, len(m), m["x"])
	v, ok := m["y"]
	fmt.Println(v, ok)
	delete(m, "z")
	for k := range m {
		fmt.Println("never", k)
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		m["a"]++
	}()
	var mm map[int][]int
	fmt.Println(mm[3] == nil)
	m["b"] = 2
	fmt.Println("unreachable")
}
