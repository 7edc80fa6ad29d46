// go2c build -m
// strconv: Itoa, Atoi and Quote keep nothing of the caller's; AppendInt
// may return its buffer, so the buffer leaks to the result.
package main

import "strconv"

func roundTrip(n int) int {
	s := strconv.Itoa(n)
	m, err := strconv.Atoi(s)
	if err != nil {
		return -1
	}
	return m
}

func quoteIt(s string) string { // ERROR "^s does not escape$"
	return strconv.Quote(s)
}

func appendNum(buf []byte, n int64) []byte { // ERROR "^leaking param: buf to result ~r0 level=0$"
	return strconv.AppendInt(buf, n, 10)
}

func main() {
	println(roundTrip(12), quoteIt("a"), len(appendNum(nil, 5)))
}
