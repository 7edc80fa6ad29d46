// go2c build -m
// f(s...) passes the slice itself: no ... argument is built, and the
// caller's slice escapes only if the callee keeps it.
package main

var kept []string

func first(xs ...string) string { // ERROR "^leaking param: xs to result ~r0 level=1$"
	return xs[0]
}

func keep(xs ...string) { // ERROR "^leaking param: xs$"
	kept = xs
}

func main() {
	s := []string{"a", "b"} // ERROR "^\[\]string\{\.\.\.\} does not escape$"
	t := []string{"c"} // ERROR "^\[\]string\{\.\.\.\} escapes to heap$"
	keep(t...)
	println(first(s...), len(kept))
}
