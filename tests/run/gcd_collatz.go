// Small loop-based algorithms: Euclid's gcd, Collatz step counts, integer square root.
package main

import "fmt"

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func collatz(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func isqrt(n uint64) uint64 {
	var r uint64
	for bit := uint64(1) << 62; bit != 0; bit >>= 2 {
		if n >= r+bit {
			n -= r + bit
			r = r>>1 + bit
		} else {
			r >>= 1
		}
	}
	return r
}

func isPrime(n int) bool {
	if n < 2 {
		return false
	}
	for d := 2; d*d <= n; d++ {
		if n%d == 0 {
			return false
		}
	}
	return true
}

func main() {
	fmt.Println(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(1071, 462))
	fmt.Println(collatz(1), collatz(6), collatz(27), collatz(97))
	fmt.Println(isqrt(0), isqrt(15), isqrt(16), isqrt(1<<62), isqrt(18446744073709551615))
	count := 0
	last := 0
	for n := 0; n < 1000; n++ {
		if isPrime(n) {
			count++
			last = n
		}
	}
	fmt.Println(count, last)
}
