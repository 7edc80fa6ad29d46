// Deferred calls run LIFO at function return; arguments are evaluated when defer executes.
package main

import "fmt"

func trace(name string) string {
	fmt.Println("enter", name)
	return name
}

func leave(name string) { fmt.Println("leave", name) }

func nested() {
	defer leave(trace("nested"))
	fmt.Println("in nested body")
}

func main() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("loop defer", i)
	}
	x := 10
	defer fmt.Println("x at defer time:", x)
	defer func() { fmt.Println("x in closure:", x) }()
	x = 20
	nested()
	s := []int{1}
	defer fmt.Println("slice arg:", s)
	s[0] = 99
	p := &x
	defer func(v int) { fmt.Println("param v:", v, "*p:", *p) }(*p)
	x = 30
	fmt.Println("end of main")
}
