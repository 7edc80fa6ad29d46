// Go allows what C compilers warn about: package variables nothing reads,
// functions and methods nothing calls, parameters only assigned, x = x, a
// switch whose tag nothing compares with.  The generated C must still compile
// without a warning (the run tests use -Wall -Wextra -Werror).
package main

import "fmt"

var unusedGlobal = 42

var counted int

type T struct{ n int }

func (t T) neverCalled() int   { return t.n }
func (t *T) neverCalledP() int { return t.n }

func helperNobodyCalls() {}

func assignsItsParameter(i int, s string) {
	i = 7
	s = "changed"
}

func effect() int {
	counted++
	return counted
}

func main() {
	assignsItsParameter(1, "x")
	var e interface{} = 3
	e = e
	n := 4
	n = n
	fmt.Println(e, n)
	switch effect() {
	}
	switch x := effect(); x {
	default:
		fmt.Println("default", x)
	}
	fmt.Println(counted)
}
