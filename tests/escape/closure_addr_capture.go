// go2c build -m
// A captured variable whose address is taken is captured by reference even
// if it is never reassigned; returned inside the closure, it escapes.
package main

func holder() func() *int {
	x := 7 // ERROR "^moved to heap: x$"
	return func() *int { return &x } // ERROR "^func literal escapes to heap$"
}

func main() {
	println(*holder()())
}
