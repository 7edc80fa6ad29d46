// go2c build -m
// Explicitly declared variables may be up to 10 MB on the stack; a bigger
// one moves to the heap although its address is never taken.
package main

func small() byte {
	var a [10 << 20]byte
	a[1] = 1
	return a[1]
}

func huge() byte {
	var b [10<<20 + 1]byte // ERROR "^moved to heap: b$"
	b[2] = 2
	return b[2]
}

func main() {
	println(small(), huge())
}
