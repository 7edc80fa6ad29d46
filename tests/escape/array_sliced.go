// go2c build -m
// Slicing an array takes its address: the array moves to the heap when the
// slice escapes.
package main

func sliceOfLocal() []int {
	var a [4]int // ERROR "^moved to heap: a$"
	return a[1:3]
}

func sliceUsedLocally() int {
	var b [4]int
	s := b[:]
	s[0] = 9
	return b[0]
}

func main() {
	println(len(sliceOfLocal()), sliceUsedLocally())
}
