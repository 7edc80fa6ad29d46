// go2c build -m
// An interface result: the boxed value escapes to the caller.
package main

type temp float64

func (t temp) String() string { return "temp" }

type stringer interface{ String() string }

func boxInt(n int) interface{} {
	return n // ERROR "^n escapes to heap$"
}

func boxTemp(t temp) stringer {
	return t // ERROR "^t escapes to heap$"
}

func main() {
	v := boxInt(7)
	s := boxTemp(21.5)
	println(v != nil, s.String())
}
