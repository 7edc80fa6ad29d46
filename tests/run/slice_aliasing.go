// Slices share their backing array: writes through one slice show in the others until append
// reallocates.
package main

import "fmt"

func zeroFirst(s []int) {
	if len(s) > 0 {
		s[0] = 0
	}
}

func grow(s []int) []int {
	return append(s, 99)
}

func main() {
	a := []int{1, 2, 3, 4}
	b := a[1:3]
	b[0] = 20
	fmt.Println(a, b)
	zeroFirst(a[2:])
	fmt.Println(a)
	c := grow(a[:2])
	fmt.Println(a, c)
	d := grow(a)
	d[0] = -1
	fmt.Println(a, d)
	arr := [3]int{1, 2, 3}
	sl := arr[:]
	sl[1] = 50
	fmt.Println(arr)
	m := [][]int{a, a[:1]}
	m[1][0] = 7
	fmt.Println(a[0])
	x := make([]int, 0, 4)
	x1 := append(x, 1)
	x2 := append(x, 2)
	fmt.Println(x1, x2)
}
