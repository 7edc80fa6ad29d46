// Bitwise &, |, ^ and unary ^ (complement) on signed and unsigned values.
package main

import "fmt"

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func main() {
	a, b := 0xF0F0, 0xFF00
	fmt.Printf("%x %x %x\n", a&b, a|b, a^b)
	fmt.Println(^a, ^0, ^-1)
	var u uint8 = 0x5A
	fmt.Printf("%x %x %d\n", ^u, u^0xFF, u&0x0F)
	var s int8 = -0x80
	fmt.Println(s&0x7F, s|1, s^-1, ^s)
	fmt.Println(popcount(0), popcount(255), popcount(1<<63|1), popcount(^uint64(0)))
	x := 12
	x |= 3
	fmt.Println(x)
	x &= 6
	fmt.Println(x)
	x ^= 0xFF
	fmt.Println(x)
	var m uint32 = 0xDEADBEEF
	fmt.Printf("%x %x %x\n", m>>16, m&0xFFFF, m<<8)
	fmt.Println(-5&3, -5|3, -5^3)
	fmt.Println(true != false, (1&1 == 1) == true)
}
