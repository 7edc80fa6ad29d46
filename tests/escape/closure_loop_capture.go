// go2c build -m
// Closures created in a loop and appended to a slice that is returned:
// each iteration's captured variable moves to the heap.
package main

func makeAll(n int) []func() int {
	var fs []func() int
	for i := 0; i < n; i++ {
		j := i // ERROR "^moved to heap: j$"
		fs = append(fs, func() int { // ERROR "^func literal escapes to heap$"
			j *= 2
			return j
		})
	}
	return fs
}

func main() {
	fs := makeAll(3)
	println(len(fs), fs[2]())
}
