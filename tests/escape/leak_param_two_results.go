// go2c build -m
// Parameters leaking to the second result are reported as ~r1.
package main

func swap(a, b *int) (*int, *int) { // ERROR "^leaking param: a to result ~r1 level=0$" "^leaking param: b to result ~r0 level=0$"
	return b, a
}

func main() {
	x, y := 1, 2
	p, q := swap(&x, &y)
	println(*p, *q)
}
