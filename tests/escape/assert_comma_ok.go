// go2c build -m
// v, ok := x.(T): to an interface type, v holds x's own box, so x's box
// goes where v goes; to a concrete type, v is a copy of the boxed value.
package main

type num int

func (n num) String() string { return "num" }

type stringer interface{ String() string }

var kept stringer

func toIface(v int) stringer {
	var x any = num(v) // ERROR "^num\(v\) escapes to heap$"
	s, ok := x.(stringer)
	if !ok {
		return nil
	}
	return s
}

func toConcrete(v int) int {
	var x any = num(v) // ERROR "^num\(v\) does not escape$"
	n, ok := x.(num)
	if !ok {
		return 0
	}
	return int(n)
}

func assigned(v int) {
	var x any = num(v) // ERROR "^num\(v\) escapes to heap$"
	var ok bool
	kept, ok = x.(stringer)
	_ = ok
}

func main() {
	_ = toIface(1)
	_ = toConcrete(2)
	assigned(3)
}
