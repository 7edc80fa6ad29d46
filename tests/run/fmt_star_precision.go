// Width and precision taken from arguments with *, including negative and bad values.
package main

import "fmt"

func main() {
	for w := 0; w <= 6; w += 3 {
		fmt.Printf("[%*d]\n", w, 7)
	}
	fmt.Printf("[%-*d]\n", 4, 7)
	fmt.Printf("[%*d]\n", -4, 7)
	fmt.Printf("[%.*f]\n", 2, 3.14159)
	fmt.Printf("[%*.*f]\n", 8, 3, 3.14159)
	fmt.Printf("[%.*s]\n", 3, "abcdef")
	fmt.Printf("[%*s]\n", "x", "y")
	fmt.Printf("[%.*d]\n", -1, 5)
	fmt.Printf("[%.3d][%.0d][%5.3d][%.d]\n", 7, 0, -7, 0)
	fmt.Printf("[%6.2f%%]\n", 99.5)
	fmt.Printf("[%3.1q]\n", "quote")
	fmt.Printf("[%.2v][%.1v]\n", 3.14159, "abc")
	fmt.Printf("[%.3x][%.1x]\n", "abcdef", []byte{10, 11, 12})
}
