// go2c build -m
// append may return its first argument: the parameter leaks to the
// result; appended pointers leak to the heap.  copy keeps nothing.
package main

var ptrs []*int

func grow(s []int, v int) []int { // ERROR "^leaking param: s to result ~r0 level=0$"
	return append(s, v)
}

func addPtr(p *int) { // ERROR "^leaking param: p$"
	ptrs = append(ptrs, p)
}

func duplicate(s []int) int { // ERROR "^s does not escape$"
	d := make([]int, 4) // ERROR "^make\(\[\]int, 4\) does not escape$"
	return copy(d, s)
}

func main() {
	x := 1 // ERROR "^moved to heap: x$"
	addPtr(&x)
	println(len(grow(nil, 1)), duplicate([]int{1, 2}), len(ptrs)) // ERROR "^\[\]int\{\.\.\.\} does not escape$"
}
