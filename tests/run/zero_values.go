// Declared variables without an initializer hold their type's zero value.
package main

import "fmt"

var pkgInt int
var pkgStr string
var pkgBool bool
var pkgFloat float64

func main() {
	var i8 int8
	var u64 uint64
	var f32 float32
	var r rune
	var b byte
	var s string
	var t bool
	var p uintptr
	fmt.Println(i8, u64, f32, r, b, t, p)
	fmt.Printf("%q %d\n", s, len(s))
	fmt.Println(pkgInt, pkgStr == "", pkgBool, pkgFloat)
	for i := 0; i < 3; i++ {
		var fresh int // zeroed on every iteration
		fresh += i
		fmt.Print(fresh, " ")
	}
	fmt.Println()
	var a, c int
	var d, e = 1, "e"
	fmt.Println(a, c, d, e)
}
