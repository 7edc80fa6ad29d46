// fib.go: Fibonacci numbers, recursively and with a loop, up to where uint64 overflows.
package main

import "fmt"

// fibRec is the textbook definition: exponential time, fine for small n.
func fibRec(n int) int {
	if n < 2 {
		return n
	}
	return fibRec(n-1) + fibRec(n-2)
}

// fibLoop keeps the last two numbers; ok is false when fib(n) does not fit.
func fibLoop(n int) (f uint64, ok bool) {
	var a, b uint64 = 0, 1 // fib(i) and fib(i+1)
	wrapped := false       // whether b has overflowed
	for i := 0; i < n; i++ {
		if wrapped {
			return 0, false
		}
		next := a + b
		wrapped = next < b
		a, b = b, next
	}
	return a, true
}

func main() {
	for n := 0; n <= 20; n += 5 {
		fmt.Printf("fibRec(%d) = %d\n", n, fibRec(n))
	}
	n := 0
	for {
		f, ok := fibLoop(n)
		if !ok {
			break
		}
		if n%10 == 0 || n > 90 {
			fmt.Printf("fib(%d) = %d\n", n, f)
		}
		n++
	}
	fmt.Printf("fib(%d) is the first that does not fit in a uint64\n", n)
}
