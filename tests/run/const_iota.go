// iota counts ConstSpecs within a group; an omitted expression repeats the previous one.
package main

import "fmt"

const (
	A = iota
	B
	C
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
)

const (
	X, Y = iota, iota * 10
	Z, W
	_, _
	P, Q
)

const (
	first  = "a"
	second // repeats "a"
	third  = iota
	fourth
)

const (
	red int8 = iota + 1
	green
	blue
)

const single = iota

func main() {
	fmt.Println(A, B, C)
	fmt.Println(KB, MB, GB)
	fmt.Println(X, Y, Z, W, P, Q)
	fmt.Println(first, second, third, fourth)
	fmt.Println(red, green, blue)
	v := blue // int8, so the multiplication wraps
	v *= 100
	fmt.Println(v, single)
	const (
		lo = iota * iota
		mid
		hi
	)
	fmt.Println(lo, mid, hi)
	const (
		bit0, mask0 = 1 << iota, 1<<iota - 1
		bit1, mask1
		bit2, mask2
	)
	fmt.Println(bit0, mask0, bit1, mask1, bit2, mask2)
}
