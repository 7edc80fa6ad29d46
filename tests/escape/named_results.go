// go2c build -m
// Named results: a parameter assigned to a named result leaks to it, and
// the address of a named result returned moves the result to the heap.
package main

func choose(a, b *int) (r *int) { // ERROR "^leaking param: a to result r level=0$" "^leaking param: b to result r level=0$"
	r = a
	if *b > *a {
		r = b
	}
	return
}

func addrOfResult() (n int, p *int) { // ERROR "^moved to heap: n$"
	n = 5
	p = &n
	return
}

func main() {
	x, y := 1, 2
	n, p := addrOfResult()
	println(*choose(&x, &y), n, *p)
}
