// Unsigned arithmetic is modular: subtraction below zero wraps to a large value.
package main

import "fmt"

func main() {
	var a uint = 3
	var b uint = 5
	fmt.Println(a-b, b-a, a*b, b/a, b%a)
	var c uint32 = 0
	c -= 1
	fmt.Println(c, c+1, c/2, c>>31)
	var d uint64 = 1 << 63
	fmt.Println(d, d*2, d+d-1, d/3)
	var e uint8 = 16
	fmt.Println(e*e, e*15, e*16+1, -e)
	var f uint16 = 1000
	fmt.Println(f*f, f*65, ^f)
	var g uint = 0
	fmt.Println(^g, -g, g-1 > g)
	h := uint64(12345678901234567890)
	fmt.Println(h, h/10, h%10, h*3)
	var x uint32 = 4000000000
	var y uint32 = 500000000
	fmt.Println(x+y, x > y, x/y)
	fmt.Printf("%d %x %v\n", ^uint32(0), ^uint64(0), ^uint8(1))
}
