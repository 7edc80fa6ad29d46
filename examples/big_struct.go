// big_struct.go — a big struct passed by value and by pointer.
//
// matrix is 8 KB. sumValue gets its own copy of it at every call;
// sumPointer gets one pointer to the caller's m, and that pointer does not
// escape ("m does not escape" on sumPointer's parameter), so main's m stays
// in main's frame. Neither way allocates on the heap: the price of passing
// by value is the copy. `big_struct value` or `big_struct pointer` runs one
// of the two alone, to time it (docs/tutorial.md has the numbers).
package main

import (
	"fmt"
	"os"
)

type matrix struct {
	cells [1024]float64
}

func sumValue(m matrix) float64 {
	t := 0.0
	for i := range m.cells {
		t += m.cells[i]
	}
	return t
}

func sumPointer(m *matrix) float64 {
	t := 0.0
	for i := range m.cells {
		t += m.cells[i]
	}
	return t
}

func main() {
	mode := "both"
	if len(os.Args) > 1 {
		mode = os.Args[1]
	}
	var m matrix
	total := 0.0
	for i := 0; i < 1000000; i++ {
		m.cells[i%1024]++
		if mode != "pointer" {
			total += sumValue(m)
		}
		if mode != "value" {
			total += sumPointer(&m)
		}
	}
	fmt.Println(total)
}
