// go2c build -m
// String concatenation makes new bytes: they escape when the result is
// returned or kept, and stay in the frame (up to 32 bytes) otherwise.
package main

var last string

func joined(a, b string) string { // ERROR "^a does not escape$" "^b does not escape$"
	return a + b // ERROR "^a \+ b escapes to heap$"
}

func keepJoined(a, b string) { // ERROR "^a does not escape$" "^b does not escape$"
	last = a + "/" + b // ERROR `^a \+ "/" \+ b escapes to heap$`
}

func localLen(a, b string) int { // ERROR "^a does not escape$" "^b does not escape$"
	s := a + b // ERROR "^a \+ b does not escape$"
	return len(s)
}

func compare(a, b string) bool { // ERROR "^a does not escape$" "^b does not escape$"
	return a+b == "xy" // ERROR "^a \+ b does not escape$"
}

func main() {
	keepJoined("a", "b")
	println(joined("x", "y"), localLen("p", "q"), compare("x", "y"), last)
}
