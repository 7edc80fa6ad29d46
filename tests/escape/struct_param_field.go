// go2c build -m
// Returning a field of a struct parameter passed by value leaks the
// parameter to the result at level 0 (the struct is the pointer's holder).
package main

type ref struct {
	p    *int
	name string
}

func getP(r ref) *int { // ERROR "^leaking param: r to result ~r0 level=0$"
	return r.p
}

func getName(r ref) string { // ERROR "^leaking param: r to result ~r0 level=0$"
	return r.name
}

func main() {
	x := 1
	r := ref{&x, "x"}
	println(*getP(r), getName(r))
}
