// go2c build -m
// sort.Ints converts its slice to sort.Interface, so the slice leaks;
// sort.Slice takes the slice as interface{} (it escapes) but calls its less
// function only while it runs (the literal does not escape).
package main

import "sort"

func sorted(xs []int) []int { // ERROR "^leaking param: xs$"
	sort.Ints(xs)
	return xs
}

func byLen(ws []string) { // ERROR "^leaking param: ws$"
	sort.Slice(ws, func(i, j int) bool { return len(ws[i]) < len(ws[j]) }) // ERROR "^ws escapes to heap$" "^func literal does not escape$"
}

func main() {
	xs := []int{3, 1, 2} // ERROR "^\[\]int\{\.\.\.\} escapes to heap$"
	ws := []string{"ccc", "a", "bb"} // ERROR "^\[\]string\{\.\.\.\} escapes to heap$"
	byLen(ws)
	println(sorted(xs)[0], ws[0])
}
