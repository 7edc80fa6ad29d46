// go2c build -m=2
// -m=2 for make with a non-constant size: too large for the stack is
// explained without a flow.
package main

func f(n int) int {
	s := make([]int, n) // ERROR "^make\(\[\]int, n\) escapes to heap:$" "^  flow: \{heap\} = &\{storage for make\(\[\]int, n\)\}:$" "^    from make\(\[\]int, n\) \(non-constant size\) at (\./)?m2_make\.go:7:11$" "^make\(\[\]int, n\) escapes to heap$"
	return len(s)
}

func main() {
	println(f(3))
}
