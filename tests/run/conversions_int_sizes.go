// Converting between integer types truncates to the target width and then
// sign- or zero-extends according to the target's signedness.
package main

import "fmt"

func main() {
	var big int64 = 0x123456789ABCDEF0
	fmt.Println(int32(big), int16(big), int8(big), uint8(big), uint16(big), uint32(big))
	var neg int32 = -1
	fmt.Println(uint32(neg), uint64(neg), uint8(neg), int64(neg), uint(neg))
	var u8 uint8 = 200
	fmt.Println(int8(u8), int16(u8), int64(int8(u8)), uint64(int8(u8)))
	var i16 int16 = -300
	fmt.Println(uint16(i16), uint8(i16), int8(i16))
	var u64 uint64 = 18446744073709551615
	fmt.Println(int64(u64), int(u64), int32(u64), uint32(u64))
	var p uintptr = 4096
	fmt.Println(p, uint(p)+1, uintptr(neg))
	var r rune = -2
	fmt.Println(byte(r), uint32(r))
	x := 70000
	fmt.Println(int16(x), uint16(x), int32(int16(x)))
	fmt.Println(int8(-128)/int8(x-70001), uint8(x)*2)
}
