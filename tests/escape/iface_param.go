// go2c build -m
// Converting a value to an interface boxes it; the box escapes only when
// the callee keeps the interface.
package main

var kept interface{}

func inspect(v interface{}) bool { // ERROR "^v does not escape$"
	_, ok := v.(int)
	return ok
}

func store(v interface{}) { // ERROR "^leaking param: v$"
	kept = v
}

func main() {
	n := 42
	s := "text"
	println(inspect(n), inspect(s)) // ERROR "^n does not escape$" "^s does not escape$"
	store(n) // ERROR "^n escapes to heap$"
	println(kept != nil)
}
