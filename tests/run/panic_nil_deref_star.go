// Dereferencing a nil pointer with *p, for reads and writes, of several types.
package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		fmt.Println(name+":", recover())
	}()
	f()
}

func main() {
	var pi *int
	var ps *string
	var pa *[3]int
	try("read int", func() { fmt.Println(*pi) })
	try("write string", func() { *ps = "x" })
	try("array index", func() { fmt.Println(pa[1]) })
	try("len of nil array pointer", func() { fmt.Println(len(pa)) })
	x := 5
	pi = &x
	*pi += 1
	fmt.Println(x)
	var pp **int
	try("double", func() { fmt.Println(**pp) })
	pp = &pi
	**pp = 42
	fmt.Println(x)
}
