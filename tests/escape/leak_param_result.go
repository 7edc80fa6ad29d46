// go2c build -m
// A parameter returned directly leaks to the result at level 0; a caller
// whose use of the result does not escape keeps its variable on the stack.
package main

func identity(p *int) *int { // ERROR "^leaking param: p to result ~r0 level=0$"
	return p
}

func pick(a, b *int, first bool) *int { // ERROR "^leaking param: a to result ~r0 level=0$" "^leaking param: b to result ~r0 level=0$"
	if first {
		return a
	}
	return b
}

func main() {
	x, y := 1, 2
	q := identity(&x)
	r := pick(&x, &y, false)
	println(*q + *r)
}
