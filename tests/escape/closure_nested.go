// go2c build -m
// Closures inside closures: the inner literal, returned from the outer one,
// escapes too, and the variable both capture by reference moves to the heap.
package main

func makeMaker() func() func() int {
	base := 10 // ERROR "^moved to heap: base$"
	return func() func() int { // ERROR "^func literal escapes to heap$"
		base++
		return func() int { return base } // ERROR "^func literal escapes to heap$"
	}
}

func main() {
	mk := makeMaker()
	f := mk()
	println(f())
}
