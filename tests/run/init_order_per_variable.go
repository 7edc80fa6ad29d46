// Package variables are initialized in dependency order, each variable of
// a `var a, b = x, y` on its own (so a may wait for c while b need not),
// the variables of `var a, b = f()` together, and dependencies followed
// through function and method bodies.
package main

import "fmt"

var a, b = c + 1, 1
var c = b * 10

var p, q = pair()
var r = q + 1

func pair() (int, int) { return 1, 2 }

var x, y = viaFunc(), 5

func viaFunc() int { return d }

var d = y

type T struct{ n int }

func (t T) get() int { return t.n + e }

var m = T{1}.get()
var e = 100

var trace []string

func note(s string, v int) int {
	trace = append(trace, s)
	return v
}

var (
	late  = note("late", early+1)
	early = note("early", 1)
	plain = note("plain", 2)
)

func main() {
	fmt.Println(a, b, c)
	fmt.Println(p, q, r)
	fmt.Println(x, y, d)
	fmt.Println(m, e)
	fmt.Println(trace, late, early, plain)
}
