// Functions may return several results; they can be assigned, discarded with _
// or passed straight into another call.
package main

import "fmt"

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func swap(a, b string) (string, string) {
	return b, a
}

func three() (int, string, bool) {
	return 1, "two", true
}

func sum(a, b int) int {
	return a + b
}

func minmax(a, b, c int) (int, int) {
	lo, hi := a, a
	if b < lo {
		lo = b
	}
	if c < lo {
		lo = c
	}
	if b > hi {
		hi = b
	}
	if c > hi {
		hi = c
	}
	return lo, hi
}

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	x, y := swap("a", "b")
	fmt.Println(x, y)
	x, y = swap(x, y)
	fmt.Println(x, y)
	n, s, ok := three()
	fmt.Println(n, s, ok)
	_, s2, _ := three()
	fmt.Println(s2)
	fmt.Println(divmod(100, 7))
	fmt.Println(sum(divmod(9, 4)))
	fmt.Println(minmax(3, -1, 8))
	var lo, hi int
	lo, hi = minmax(5, 5, 5)
	fmt.Println(lo, hi)
	fmt.Println(three())
}
