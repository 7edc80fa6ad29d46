// go2c build -m
// Type assertions: asserting to a struct type copies the value out, so the
// interface does not escape; asserting to a pointer type yields the
// interface's data itself, so the parameter leaks to the result.
package main

type box struct{ v *int }

func unwrap(i interface{}) int { // ERROR "^i does not escape$"
	b := i.(box)
	return *b.v
}

func unwrapPtr(i interface{}) *int { // ERROR "^leaking param: i to result ~r0 level=0$"
	return i.(*int)
}

func main() {
	x := 1
	println(unwrap(box{&x}), *unwrapPtr(&x))
}
