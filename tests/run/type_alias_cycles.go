// Type aliases in recursive types: an alias used by the type it names
// (type A = *B; type B struct{ a A }), a method whose signature names an
// alias of a function type that names the interface (fixedbugs/issue27232).
// As types2, defined types are resolved before aliases, and both before
// variables, so each alias is known when it is needed.
package main

import "fmt"

var first A // an alias used before its declaration

type A = *B

type B struct {
	a A
	n int
}

type F = func(T) int

type T interface {
	m(F) int
}

type t struct{ v int }

func (x t) m(f F) int { return f(x) + x.v }

func main() {
	b := B{n: 1}
	b.a = &B{n: 2}
	fmt.Println(b.a.n, first == nil)
	var i T = t{10}
	fmt.Println(i.m(func(T) int { return 5 }))
}
