// ++ and -- on complex numbers add or subtract 1+0i, wherever the operand
// lives: a local, a pointer target, a map element, a struct field.
package main

import "fmt"

type pair struct{ a, b complex64 }

func main() {
	c := complex(1.5, 2)
	c++
	c++
	var d complex64 = 3i
	d--
	p := &c
	*p--
	m := map[string]complex128{}
	m["x"]++
	m["x"]++
	m["y"]--
	s := pair{b: 1 - 1i}
	s.a++
	s.b--
	arr := []complex128{0, 1i}
	arr[1]++
	fmt.Println(c, d, m["x"], m["y"], s, arr)
}
