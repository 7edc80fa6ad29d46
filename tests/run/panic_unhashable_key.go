// Using an interface holding an unhashable type as a map key panics.
package main

import "fmt"

func put(m map[interface{}]int, k interface{}) (err interface{}) {
	defer func() { err = recover() }()
	m[k] = 1
	return nil
}

func main() {
	m := map[interface{}]int{}
	fmt.Println(put(m, 1), put(m, "a"), put(m, [2]int{1, 2}))
	fmt.Println(put(m, []int{1}))
	fmt.Println(put(m, map[int]int{}))
	fmt.Println(put(m, struct{ S []string }{}))
	fmt.Println(len(m))
	func() {
		defer func() { fmt.Println("lookup:", recover()) }()
		_ = m[[]byte("x")]
	}()
	var f interface{} = func() {}
	m[f] = 2
}
