// go2c build -m
// A closure that captures a variable never assigned after capture gets a
// copy of it: the variable itself stays in the frame even when the closure
// escapes.
package main

func adder(n int) func(int) int {
	return func(x int) int { // ERROR "^func literal escapes to heap$"
		return x + n
	}
}

func main() {
	add := adder(3)
	println(add(4))
}
