// go2c build -m
// A deferred closure at the top level of a function runs before the frame
// is gone: it does not escape, and neither do the variables it captures.
package main

func withDefer() (result int) {
	x := 1
	defer func() { // ERROR "^func literal does not escape$"
		result = x * 10
	}()
	x = 2
	return 0
}

func deferArgs(p *int) { // ERROR "^p does not escape$"
	defer set(p, 3)
}

func set(p *int, v int) { *p = v } // ERROR "^p does not escape$"

func main() {
	n := 0
	deferArgs(&n)
	println(withDefer(), n)
}
