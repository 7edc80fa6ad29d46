// go2c build -m
// A method expression T.m is an ordinary function value: no receiver is
// bound, nothing is allocated for it.
package main

type acc struct{ total int }

func (a *acc) add(v int) { a.total += v } // ERROR "^a does not escape$"

func main() {
	f := (*acc).add
	var a acc
	f(&a, 4)
	println(a.total)
}
