// go2c build -m
// Strings and slices are pointer-shaped for the analysis: returning a
// substring or subslice leaks the parameter to the result.
package main

var tail string

func prefix(s string) string { // ERROR "^leaking param: s to result ~r0 level=0$"
	return s[:2]
}

func keepTail(s string) { // ERROR "^leaking param: s$"
	tail = s[1:]
}

func firstHalf(b []byte) []byte { // ERROR "^leaking param: b to result ~r0 level=0$"
	return b[:len(b)/2]
}

func main() {
	keepTail("abc")
	println(prefix("hello"), tail, len(firstHalf([]byte("abcd")))) // ERROR `^\(\[\]byte\)\("abcd"\) does not escape$`
}
