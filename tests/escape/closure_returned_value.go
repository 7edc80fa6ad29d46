// go2c build -m
// A returned closure that captures a pointer by value: the pointed-to
// variable escapes through the closure, the pointer variable does not.
package main

func watch() func() int {
	v := 5 // ERROR "^moved to heap: v$"
	p := &v
	return func() int { return *p } // ERROR "^func literal escapes to heap$"
}

func main() {
	println(watch()())
}
