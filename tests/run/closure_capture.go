// Closures capture variables by reference: later changes are seen, and writes are visible outside.
package main

import "fmt"

func main() {
	x := 1
	show := func() int { return x }
	x = 2
	fmt.Println(show())
	inc := func() { x++ }
	inc()
	inc()
	fmt.Println(x, show())
	s := []int{1}
	appendTo := func(v int) { s = append(s, v) }
	appendTo(2)
	appendTo(3)
	fmt.Println(s)
	a, b := 0, 0
	swap := func() { a, b = b+1, a+10 }
	swap()
	swap()
	fmt.Println(a, b)
	type pt struct{ X int }
	p := pt{1}
	mod := func() { p.X *= 5 }
	mod()
	fmt.Println(p)
	var f func() string
	msg := "first"
	f = func() string { return msg }
	msg = "second"
	fmt.Println(f())
	counter := 0
	for i := 0; i < 3; i++ {
		func() { counter += i }()
	}
	fmt.Println(counter)
}
