// slice_literal.go — a slice literal that does not escape.
//
// A slice literal allocates a backing array. Here the slice is only read
// by sum, whose parameter does not escape, so the array stays in main's
// frame: "[]int{...} does not escape".
package main

import "fmt"

func sum(xs []int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func main() {
	xs := []int{1, 2, 3, 4, 5}
	fmt.Println(sum(xs))
}
