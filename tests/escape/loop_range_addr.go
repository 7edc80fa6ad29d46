// go2c build -m
// The range variables of a loop are declared once for the whole loop in
// Go 1.19: taking their address and keeping it past an iteration moves them
// to the heap.
package main

func addrs(xs []int) []*int { // ERROR "^leaking param content: xs$"
	var out []*int
	for _, x := range xs { // ERROR "^moved to heap: x$"
		out = append(out, &x)
	}
	return out
}

func main() {
	ps := addrs([]int{1, 2, 3}) // ERROR "^\[\]int\{\.\.\.\} does not escape$"
	println(len(ps), *ps[0])
}
