// go2c build -m
// Slice literals: the backing array escapes when the slice is returned or
// kept globally, otherwise it lives in the frame.
package main

var table []string

func local() int {
	s := []int{1, 2, 3} // ERROR "^\[\]int\{\.\.\.\} does not escape$"
	return s[0] + len(s)
}

func returned() []int {
	return []int{4, 5} // ERROR "^\[\]int\{\.\.\.\} escapes to heap$"
}

func stored() {
	table = []string{"a", "b"} // ERROR "^\[\]string\{\.\.\.\} escapes to heap$"
}

func empty() int {
	s := []int{} // ERROR "^\[\]int\{\} does not escape$"
	return len(s)
}

func main() {
	stored()
	println(local(), returned()[1], len(table), empty())
}
