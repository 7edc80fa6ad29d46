// primes.go: the primes below 100 by trial division, and a count up to 100000.
package main

import "fmt"

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
	line := ""
	for n := 2; n < 100; n++ {
		if isPrime(n) {
			line += fmt.Sprint(n, " ")
		}
	}
	fmt.Println(line)
	count := 0
	for n := 2; n < 100000; n++ {
		if isPrime(n) {
			count++
		}
	}
	fmt.Printf("%d primes below 100000\n", count)
}
