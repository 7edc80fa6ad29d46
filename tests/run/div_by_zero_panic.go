// Integer division by a zero variable panics with a run-time error (exit 2).
package main

import "fmt"

func div(a, b int) int {
	return a / b
}

func main() {
	fmt.Println("before:", div(10, 3))
	z := 0
	fmt.Println("never printed", div(1, z))
}
