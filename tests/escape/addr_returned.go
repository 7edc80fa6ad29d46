// go2c build -m
// The address of a local variable returned to the caller: the variable
// outlives its frame, so it moves to the heap.  Returning a copy does not.
package main

func ptrToLocal() *int {
	x := 42 // ERROR "^moved to heap: x$"
	return &x
}

func copyOfLocal() int {
	x := 42
	p := &x
	return *p
}

func main() {
	p := ptrToLocal()
	*p += copyOfLocal()
	println(*p)
}
