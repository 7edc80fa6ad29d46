// go2c build -m
// make with a constant size fits in the frame; with a size known only at
// run time it goes to the heap even when it does not escape.
package main

func constSize() int {
	s := make([]int, 10) // ERROR "^make\(\[\]int, 10\) does not escape$"
	s[3] = 1
	return len(s)
}

func varSize(n int) int {
	s := make([]int, n) // ERROR "^make\(\[\]int, n\) escapes to heap$"
	return len(s)
}

func capVarSize(n int) int {
	s := make([]byte, 0, n) // ERROR "^make\(\[\]byte, 0, n\) escapes to heap$"
	s = append(s, 'a')
	return len(s)
}

func main() {
	println(constSize(), varSize(4), capVarSize(2))
}
