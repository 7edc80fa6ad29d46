// &^ (bit clear) clears in x each bit set in y: x &^ y == x & ^y.
package main

import "fmt"

func main() {
	fmt.Println(0xFF&^0x0F, 6&^3, 5&^5, 0&^7, 7&^0)
	var u uint8 = 0xFF
	u &^= 1 << 3
	fmt.Println(u)
	var s int16 = -1
	fmt.Println(s&^0x00FF, s&^-1, int16(0x1234)&^s)
	flags := 0b1011
	const bitA = 1 << 0
	const bitC = 1 << 3
	flags &^= bitA | bitC
	fmt.Println(flags)
	var x, y uint64 = 0xAAAA_AAAA_AAAA_AAAA, 0xFFFF_0000_FFFF_0000
	fmt.Printf("%x %v\n", x&^y, x&^y == x&^y&x)
	a, b := -10, 12
	fmt.Println(a&^b, a&^b == a&^b, a&(^b))
}
