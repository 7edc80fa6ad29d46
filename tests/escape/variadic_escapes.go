// go2c build -m
// A variadic parameter that is kept leaks, so the ... slice escapes; when
// only its elements are kept, the slice stays and the elements escape.
package main

var all []int
var ptrs []*int

func keepSlice(xs ...int) { // ERROR "^leaking param: xs$"
	all = xs
}

func keepElems(ps ...*int) { // ERROR "^leaking param content: ps$"
	ptrs = append(ptrs, ps[0])
}

func main() {
	keepSlice(1, 2) // ERROR "^\.\.\. argument escapes to heap$"
	x := 3 // ERROR "^moved to heap: x$"
	keepElems(&x) // ERROR "^\.\.\. argument does not escape$"
	println(len(all), len(ptrs))
}
