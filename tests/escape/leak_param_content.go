// go2c build -m
// Storing what a parameter points to in the heap leaks its content: the
// pointer itself does not escape, the data behind it does.
package main

var sink *int

func publish(pp **int) { // ERROR "^leaking param content: pp$"
	sink = *pp
}

func publishFirst(s []*int) { // ERROR "^leaking param content: s$"
	sink = s[0]
}

func main() {
	x := 1 // ERROR "^moved to heap: x$"
	p := &x
	publish(&p)
	y := 2 // ERROR "^moved to heap: y$"
	publishFirst([]*int{&y}) // ERROR "^\[\]\*int\{\.\.\.\} does not escape$"
	println(*sink)
}
