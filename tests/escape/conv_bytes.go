// go2c build -m
// string <-> []byte conversions copy: the copy escapes only if it is kept.
package main

var saved []byte

func toBytes(s string) int { // ERROR "^s does not escape$"
	b := []byte(s) // ERROR "^\(\[\]byte\)\(s\) does not escape$"
	return len(b)
}

func toBytesKept(s string) { // ERROR "^s does not escape$"
	saved = []byte(s) // ERROR "^\(\[\]byte\)\(s\) escapes to heap$"
}

func toString(b []byte) string { // ERROR "^b does not escape$"
	return string(b) // ERROR "^string\(b\) escapes to heap$"
}

func toStringLocal(b []byte) bool { // ERROR "^b does not escape$"
	return string(b) == "go" // ERROR "^string\(b\) does not escape$"
}

func main() {
	toBytesKept("abc")
	println(toBytes("hi"), toString(saved), toStringLocal(saved))
}
