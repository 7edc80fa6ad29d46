// go2c build -m
// Implicit allocations larger than 64 KB never go in a frame: a make of
// 65536 bytes still stays, one byte more escapes.
package main

func fits() int {
	s := make([]byte, 65536) // ERROR "^make\(\[\]byte, 65536\) does not escape$"
	return len(s)
}

func tooBig() int {
	s := make([]byte, 65537) // ERROR "^make\(\[\]byte, 65537\) escapes to heap$"
	return len(s)
}

func tooBigInts() int {
	s := make([]int64, 10000) // ERROR "^make\(\[\]int64, 10000\) escapes to heap$"
	return len(s)
}

func main() {
	println(fits(), tooBig(), tooBigInts())
}
