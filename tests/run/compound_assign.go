// Every op= form: the target is evaluated once and takes the operator's result.
package main

import "fmt"

func main() {
	x := 10
	x += 5
	fmt.Println(x)
	x -= 20
	fmt.Println(x)
	x *= -3
	fmt.Println(x)
	x /= 4
	fmt.Println(x)
	x %= 5
	fmt.Println(x)
	x <<= 4
	fmt.Println(x)
	x >>= 2
	fmt.Println(x)
	x |= 0x41
	fmt.Println(x)
	x &= 0x3C
	fmt.Println(x)
	x ^= 0xFF
	fmt.Println(x)
	x &^= 0xF0
	fmt.Println(x)
	var f float64 = 1.5
	f += 0.25
	f *= 4
	f /= 3
	f -= 1
	fmt.Println(f)
	s := "a"
	s += "b"
	s += s
	fmt.Println(s)
	var u8 uint8 = 200
	u8 += 100
	fmt.Println(u8)
	u8 *= 3
	fmt.Println(u8)
	var sh uint = 2
	var i16 int16 = -1000
	i16 <<= sh * 4
	fmt.Println(i16)
	i16 >>= 20
	fmt.Println(i16)
	var f32 float32 = 16777216
	f32 += 1
	fmt.Println(f32)
}
