// The limits of every integer type, printed and stepped just past.
package main

import "fmt"

func main() {
	var i8min, i8max int8 = -128, 127
	var i16min, i16max int16 = -32768, 32767
	var i32min, i32max int32 = -2147483648, 2147483647
	var i64min, i64max int64 = -9223372036854775808, 9223372036854775807
	fmt.Println(i8min, i8max, i8min-1, i8max+1)
	fmt.Println(i16min, i16max, i16min-1, i16max+1)
	fmt.Println(i32min, i32max, i32min-1, i32max+1)
	fmt.Println(i64min, i64max, i64min-1, i64max+1)
	var u8, zero8 uint8 = 255, 0
	fmt.Println(u8, u8+1, zero8, zero8-1)
	var m16 uint16 = 65535
	var m32 uint32 = 4294967295
	var m64 uint64 = 18446744073709551615
	var mu uint = 18446744073709551615
	var mp uintptr = 18446744073709551615
	fmt.Println(m16, m32, m64, mu, mp)
	fmt.Println(m16+1, m32+1, m64+1, mu+1, mp+1)
	var imin int = -9223372036854775808
	fmt.Println(imin, -imin, imin/2, imin%7)
	fmt.Printf("%x %x %d\n", i64min, m64, -i8min)
	fmt.Println(i64min < i64max, m64 > 0, i8min*i8min, i16max*i16max)
}
