// append's capacity growth for several element sizes, exactly as Go 1.19 grows slices.
package main

import "fmt"

type Big struct {
	A, B, C int64
}

func main() {
	var ints []int
	last := -1
	for i := 0; i < 2000; i++ {
		ints = append(ints, i)
		if cap(ints) != last {
			last = cap(ints)
			fmt.Print(last, " ")
		}
	}
	fmt.Println()
	var bs []byte
	last = -1
	for i := 0; i < 3000; i++ {
		bs = append(bs, byte(i))
		if cap(bs) != last {
			last = cap(bs)
			fmt.Print(last, " ")
		}
	}
	fmt.Println()
	var bigs []Big
	last = -1
	for i := 0; i < 300; i++ {
		bigs = append(bigs, Big{})
		if cap(bigs) != last {
			last = cap(bigs)
			fmt.Print(last, " ")
		}
	}
	fmt.Println()
	var strs []string
	last = -1
	for i := 0; i < 600; i++ {
		strs = append(strs, "")
		if cap(strs) != last {
			last = cap(strs)
			fmt.Print(last, " ")
		}
	}
	fmt.Println()
}
