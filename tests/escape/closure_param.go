// go2c build -m
// A func parameter that is only called does not escape; one that is kept
// leaks, and so does a func literal passed to it.
package main

var saved func(int) int

func apply(f func(int) int, v int) int { // ERROR "^f does not escape$"
	return f(v)
}

func keep(f func(int) int) { // ERROR "^leaking param: f$"
	saved = f
}

func main() {
	k := 2
	r := apply(func(x int) int { return x * k }, 5) // ERROR "^func literal does not escape$"
	keep(func(x int) int { return x + k }) // ERROR "^func literal escapes to heap$"
	println(r, saved(1))
}
