// A negative shift count held in a signed variable panics; large counts do not.
package main

import "fmt"

func shl(x int, n int) (r int, err interface{}) {
	defer func() { err = recover() }()
	return x << n, nil
}

func main() {
	for _, n := range []int{0, 3, 63, 64, 100, -1} {
		r, err := shl(1, n)
		fmt.Println(n, r, err)
	}
	var s int8 = -3
	x := uint32(1)
	defer fmt.Println("deferred print runs")
	fmt.Println(x >> s)
}
