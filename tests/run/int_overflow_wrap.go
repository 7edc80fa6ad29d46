// Signed and unsigned integer arithmetic wraps around silently at run time.
package main

import "fmt"

func main() {
	var a int8 = 127
	a++
	fmt.Println("int8 127+1 =", a)
	var b int8 = -128
	b--
	fmt.Println("int8 -128-1 =", b)
	var c int16 = 32767
	c += 10
	fmt.Println("int16 32767+10 =", c)
	var d int32 = 2147483647
	d = d * 2
	fmt.Println("int32 max*2 =", d)
	var e int64 = 9223372036854775807
	e++
	fmt.Println("int64 max+1 =", e)
	var f int = -9223372036854775808
	f = -f
	fmt.Println("-min int =", f)
	var g uint8 = 0
	g--
	fmt.Println("uint8 0-1 =", g)
	var h uint16 = 65535
	h += 2
	fmt.Println("uint16 65535+2 =", h)
	var i uint32 = 1 << 31
	i *= 4
	fmt.Println("uint32 2^31*4 =", i)
	var j uint64 = 18446744073709551615
	j++
	fmt.Println("uint64 max+1 =", j)
	var k int8 = 100
	k = k * 3
	fmt.Println("int8 100*3 =", k)
	var m int32 = -2147483648
	m = m * -1
	fmt.Println("int32 min*-1 =", m)
}
