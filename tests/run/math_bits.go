// math/bits: OnesCount, LeadingZeros, TrailingZeros, Len, Reverse, RotateLeft, Add/Mul with carry.
package main

import (
	"fmt"
	"math/bits"
)

func main() {
	for _, x := range []uint{0, 1, 6, 255, 1 << 63} {
		fmt.Println(x, bits.OnesCount(x), bits.LeadingZeros(x), bits.TrailingZeros(x), bits.Len(x))
	}
	fmt.Println(bits.OnesCount8(0xF0), bits.LeadingZeros32(1), bits.TrailingZeros16(0), bits.Len64(1<<40))
	fmt.Printf("%08b %016b\n", bits.Reverse8(0b00010110), bits.ReverseBytes16(0x1234))
	fmt.Printf("%#x %#x\n", bits.ReverseBytes32(0x11223344), bits.Reverse32(1))
	fmt.Printf("%08b %08b\n", bits.RotateLeft8(0b10010001, 1), bits.RotateLeft8(0b10010001, -1))
	fmt.Printf("%#x\n", bits.RotateLeft64(0xF000000000000000, 4))
	sum, carry := bits.Add64(1<<63, 1<<63, 1)
	fmt.Println(sum, carry)
	diff, borrow := bits.Sub64(0, 1, 0)
	fmt.Println(diff, borrow)
	hi, lo := bits.Mul64(1<<40, 1<<40)
	fmt.Println(hi, lo)
	q, r := bits.Div64(1, 0, 3)
	fmt.Println(q, r)
	fmt.Println(bits.UintSize)
}
