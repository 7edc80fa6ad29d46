// go2c build -m
// An address that is only dereferenced, compared or passed to a function
// that does not keep it stays on the stack: gc says nothing about x or y.
package main

func double(p *int) { // ERROR "^p does not escape$"
	*p *= 2
}

func main() {
	x := 3
	p := &x
	*p = 4
	y := 5
	double(&y)
	println(x, y, p == &y)
}
