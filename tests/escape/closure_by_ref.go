// go2c build -m
// A captured variable that is assigned after capture (or inside the
// closure) is captured by reference: when the closure escapes, the variable
// moves to the heap.
package main

func counter() func() int {
	n := 0 // ERROR "^moved to heap: n$"
	return func() int { // ERROR "^func literal escapes to heap$"
		n++
		return n
	}
}

func localCounter() int {
	n := 0
	inc := func() { n++ } // ERROR "^func literal does not escape$"
	inc()
	inc()
	return n
}

func main() {
	c := counter()
	c()
	println(c(), localCounter())
}
