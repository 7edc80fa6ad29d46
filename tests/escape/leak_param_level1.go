// go2c build -m
// Returning what a parameter points to leaks the parameter to the result
// at level=1: the pointer itself may stay on the stack, what it points to
// may not.
package main

func deref(pp **int) *int { // ERROR "^leaking param: pp to result ~r0 level=1$"
	return *pp
}

type wrapper struct{ p *int }

func unwrap(w *wrapper) *int { // ERROR "^leaking param: w to result ~r0 level=1$"
	return w.p
}

func main() {
	x := 1
	p := &x
	y := 2
	w := wrapper{&y}
	println(*deref(&p), *unwrap(&w))
}
