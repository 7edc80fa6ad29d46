// Variables that only constant expressions name — len of an array, cap of a
// pointer to one, unsafe.Sizeof and Offsetof — are used, for Go; the C names
// them nowhere, and must still compile without an "unused variable" warning.
package main

import "unsafe"

func main() {
	for _, v := range [][3]int{{1, 2, 3}} {
		println(len(v))
	}
	var i interface{} = [2]int{}
	switch x := i.(type) {
	case [2]int:
		println(len(x))
	}
	var a [4]int
	f := func() int { return len(a) }
	println(f())
	b := [5]int{}
	g := func() uintptr { return unsafe.Sizeof(b) }
	println(g())
	if c := [6]int{}; len(c) > 0 {
		println("c")
	}
	var d, e [7]int
	var p *[5]int
	var s struct{ x, y int }
	println(cap(p), unsafe.Sizeof(s), unsafe.Offsetof(s.y))
	println(len(d), len(e))
}
