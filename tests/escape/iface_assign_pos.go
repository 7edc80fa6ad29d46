// go2c build -m
// The implicit conversion to an interface in an assignment sits, for gc,
// at the last name on the left: that is where -m reports the box.
package main

type pt struct{ x, y int }

type holder struct{ v any }

var sink, sink2 any

func assign(n int, h *holder, slots []any) { // ERROR "^h does not escape$" "^slots does not escape$"
	sink = pt{n, n} // ERROR "^pt\{\.\.\.\} escapes to heap$"
	sink, sink2 = n+1, pt{n, 2} // ERROR "^n \+ 1 escapes to heap$" "^pt\{\.\.\.\} escapes to heap$"
	h.v = n + 2 // ERROR "^n \+ 2 escapes to heap$"
	slots[n] = n + 3 // ERROR "^n \+ 3 escapes to heap$"
	*(&sink) = n + 4 // ERROR "^n \+ 4 escapes to heap$"
}

func main() {
	assign(0, &holder{}, make([]any, 1)) // ERROR "^&holder\{\} does not escape$" "^make\(\[\]any, 1\) does not escape$"
}
