// go2c build -m
// Pointers to pointers: storing **pp's target leaks at level 1; storing
// through *pp makes the assigned address escape.
package main

var sink *int

func viaDeref(pp **int) { // ERROR "^leaking param content: pp$"
	sink = *pp
}

func storeThrough(pp **int) { // ERROR "^pp does not escape$"
	v := 10 // ERROR "^moved to heap: v$"
	*pp = &v
}

func levelTwo(ppp ***int) *int { // ERROR "^leaking param: ppp to result ~r0 level=2$"
	return **ppp
}

func main() {
	x := 1 // ERROR "^moved to heap: x$"
	p := &x
	viaDeref(&p)
	var q *int
	storeThrough(&q)
	y := 2
	r := &y
	rr := &r
	println(*sink, *q, *levelTwo(&rr))
}
