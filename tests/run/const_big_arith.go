// Untyped constant arithmetic is exact: intermediate values may exceed 64 bits
// as long as the final value fits the type it is used as.
package main

import "fmt"

const huge = 1 << 100
const back = huge >> 98
const ratio = huge / (1 << 90)
const maxU64 = 1<<64 - 1
const minI64 = -1 << 63
const bigMul = 123456789012345678901234567890 / 1000000000000000000000
const exact = 1e30 / 1e28

func main() {
	fmt.Println(back, ratio)
	var u uint64 = maxU64
	fmt.Println(u)
	var m int64 = minI64
	fmt.Println(m)
	fmt.Println(bigMul)
	fmt.Println(exact)
	fmt.Println(huge / huge)
	fmt.Println((huge - 1) % 1000)
	fmt.Println(huge * huge >> 195)
	const f = huge * 1.5
	fmt.Println(f / huge)
	fmt.Println(float64(huge))
	const negHuge = -huge
	fmt.Println(negHuge / (1 << 97))
	const tenth = 0.1
	fmt.Println(tenth*3 == 0.3, tenth+0.2)
	const shifted = (1<<70 | 5) & 0xFF
	fmt.Println(shifted)
	fmt.Println(^0, ^-1<<3, -(^5))
}
