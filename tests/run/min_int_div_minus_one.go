// The most negative integer divided by -1 wraps to itself (no trap), remainder 0.
package main

import "fmt"

func main() {
	m1 := -1
	var a int = -9223372036854775808
	fmt.Println(a/m1, a%m1)
	var b int8 = -128
	var c int8 = -1
	fmt.Println(b/c, b%c)
	var d int16 = -32768
	var e int16 = -1
	fmt.Println(d/e, d%e)
	var f int32 = -2147483648
	var g int32 = -1
	fmt.Println(f/g, f%g)
	var h int64 = -9223372036854775808
	var i int64 = -1
	h /= i
	fmt.Println(h)
}
