// Plain recursion: Fibonacci, factorial, Ackermann and mutual recursion.
package main

import "fmt"

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func fact(n uint64) uint64 {
	if n == 0 {
		return 1
	}
	return n * fact(n-1)
}

func ack(m, n int) int {
	if m == 0 {
		return n + 1
	}
	if n == 0 {
		return ack(m-1, 1)
	}
	return ack(m-1, ack(m, n-1))
}

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return 1 + depth(n-1)
}

func main() {
	for i := 0; i <= 25; i += 5 {
		fmt.Println("fib", i, fib(i))
	}
	fmt.Println(fact(20), fact(21))
	fmt.Println(ack(2, 3), ack(3, 3))
	fmt.Println(isEven(10), isOdd(7), isEven(7))
	fmt.Println(depth(10000))
}
