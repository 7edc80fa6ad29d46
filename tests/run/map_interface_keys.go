// interface{} map keys: dynamic type is part of the key (1 vs int8(1) vs "1").
package main

import "fmt"

type MyInt int

func main() {
	m := map[interface{}]string{}
	m[1] = "int"
	m[int8(1)] = "int8"
	m["1"] = "string"
	m[MyInt(1)] = "MyInt"
	m[1.0] = "float64"
	m[true] = "bool"
	m[[2]int{1, 1}] = "array"
	m[struct{ A int }{1}] = "struct"
	m[nil] = "nil"
	fmt.Println(len(m))
	fmt.Println(m[1], m[int8(1)], m["1"], m[MyInt(1)], m[1.0], m[true], m[nil])
	fmt.Println(m[[2]int{1, 1}], m[struct{ A int }{1}])
	_, ok := m[uint(1)]
	fmt.Println(ok)
	var e error
	m[e] = "nil error"
	fmt.Println(len(m), m[nil])
	p := new(int)
	m[p] = "ptr"
	fmt.Println(m[p], m[new(int)] == "")
	delete(m, 1)
	delete(m, "1")
	fmt.Println(len(m))
}
