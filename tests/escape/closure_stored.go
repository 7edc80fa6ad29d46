// go2c build -m
// A closure stored in a global or in a struct reached through a pointer
// escapes, and the variables it captures by reference move to the heap.
package main

var hook func() int

type handlers struct {
	onEvent func()
}

func install() {
	count := 0 // ERROR "^moved to heap: count$"
	hook = func() int { // ERROR "^func literal escapes to heap$"
		count++
		return count
	}
}

func register(h *handlers) { // ERROR "^h does not escape$"
	fired := false // ERROR "^moved to heap: fired$"
	h.onEvent = func() { fired = true } // ERROR "^func literal escapes to heap$"
	_ = fired
}

func main() {
	install()
	var h handlers
	register(&h)
	h.onEvent()
	println(hook())
}
