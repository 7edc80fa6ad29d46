// Shifts: counts at or beyond the width give 0 (or -1 for negative signed
// values shifted right); right shifts of signed values are arithmetic.
package main

import "fmt"

func main() {
	var one int32 = 1
	var s uint
	for s = 0; s <= 66; s += 11 {
		fmt.Println("1<<", s, "=", one<<s, " int64:", int64(1)<<s, " uint8:", uint8(1)<<s)
	}
	var neg int16 = -100
	for s = 0; s < 20; s += 3 {
		fmt.Println("-100>>", s, "=", neg>>s)
	}
	var big uint64 = 1 << 63
	fmt.Println(big>>63, big>>64, big>>200)
	var x int = -1
	fmt.Println(x>>1, x>>63, x>>64, x>>1000)
	fmt.Println(x<<63, x<<64)
	var sc int = 3
	fmt.Println(5<<sc, 40>>sc)
	var u8 uint8 = 0xF0
	fmt.Println(u8<<1, u8>>4, u8<<4)
	var cnt8 uint8 = 255
	fmt.Println(int64(1)<<cnt8, int64(-8)>>cnt8)
}
