// Function calls in an expression, in arguments and in assignments run left to right;
// in an assignment the right-hand side is evaluated before any variable is assigned.
package main

import "fmt"

var trace string

func v(name string, n int) int {
	trace += name
	return n
}

func flush(label string) {
	fmt.Println(label, trace)
	trace = ""
}

func three(a, b, c int) int {
	return a*100 + b*10 + c
}

func main() {
	r := v("a", 1) + v("b", 2)*v("c", 3)
	fmt.Println(r)
	flush("binary:")
	fmt.Println(three(v("x", 1), v("y", 2), v("z", 3)))
	flush("args:")
	p, q := v("p", 1), v("q", 2)
	fmt.Println(p, q)
	flush("multi:")
	p, q = q, p
	fmt.Println(p, q)
	a, b, c := 1, 2, 3
	a, b, c = c, a, b
	fmt.Println(a, b, c)
	i := 1
	i, j := i+10, i+20
	fmt.Println(i, j)
	s := fmt.Sprint(v("1", 1), v("2", 2)) + fmt.Sprint(v("3", 3))
	fmt.Println(s)
	flush("nested:")
	cond := v("L", 1) < v("R", 2) && v("M", 3) > 0
	fmt.Println(cond)
	flush("logic:")
}
