// Numeric conversions: float to int truncates toward zero, integers wrap, sign extension.
package main

import "fmt"

func main() {
	fs := []float64{2.9, -2.9, 0.5, -0.5, 1e9, 255.99}
	for _, f := range fs {
		fmt.Print(int(f), " ", int64(f), " ", int32(f), "|")
	}
	fmt.Println()
	big := 300
	fmt.Println(uint8(big), int8(big), int8(big-100), uint16(-1+big-big))
	neg := -1
	fmt.Println(uint8(neg), uint16(neg), uint32(neg), uint64(neg))
	var i8 int8 = -100
	fmt.Println(int16(i8), uint16(i8), int64(i8), uint8(i8))
	var u8 uint8 = 250
	fmt.Println(int8(u8), int(u8), u8+10)
	x := 1 << 62
	fmt.Println(int32(x), int32(x+7), uint32(x-1))
	fmt.Println(float64(7)/2, float64(7/2), float32(1)/3)
	var f32 float32 = 16777217
	fmt.Println(f32, float64(f32), int(f32))
	u := uint(3)
	fmt.Println(u-4 > 0, int(u)-4)
	var r rune = 'A'
	var b byte = byte(r + 1)
	fmt.Println(r, b, rune(b)+1)
	fmt.Println(int64(float32(0.1)*10), float64(float32(0.1)))
}
