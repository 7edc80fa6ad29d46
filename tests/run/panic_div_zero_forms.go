// Integer division and remainder by zero panic for every integer type; float division does not.
package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name+":", r)
		}
	}()
	f()
}

func main() {
	var zi int
	var z8 int8
	var zu uint
	var z64 uint64
	try("int /", func() { fmt.Println(7 / zi) })
	try("int %", func() { fmt.Println(7 % zi) })
	try("int8 /", func() { fmt.Println(int8(-128) / z8) })
	try("uint %", func() { fmt.Println(uint(3) % zu) })
	try("uint64 /=", func() {
		x := uint64(9)
		x /= z64
		fmt.Println(x)
	})
	var zf float64
	try("float /", func() { fmt.Println(1/zf, -1/zf, zf/zf) })
	one := 1
	try("nonzero", func() { fmt.Println(7/one, 7%one) })
	n := 100
	fmt.Println(n % zi)
}
