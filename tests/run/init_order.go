// Package-level variables initialize in dependency order, then init functions run in source order.
package main

import "fmt"

var (
	a = c + b
	b = f("b", 2)
	c = f("c", 3)
	d = 4
)

var total = sum(a, b, c, d)

var table = buildTable()

func f(name string, v int) int {
	fmt.Println("init var", name)
	return v
}

func sum(xs ...int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	fmt.Println("sum computed", s)
	return s
}

func buildTable() map[string]int {
	fmt.Println("building table, a =", a)
	return map[string]int{"a": a}
}

func init() {
	fmt.Println("first init, total =", total)
	d = 40
}

func init() {
	fmt.Println("second init, d =", d)
}

func main() {
	fmt.Println("main:", a, b, c, d, total, table)
}
