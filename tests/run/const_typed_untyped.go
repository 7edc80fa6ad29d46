// Untyped constants take their type from context; typed constants keep theirs.
package main

import "fmt"

const untypedInt = 7
const untypedFloat = 2.5
const typedInt int32 = 7
const typedFloat float32 = 0.1
const untypedRune = 'x'
const untypedStr = "str"
const untypedBool = 1 < 2

func main() {
	var f float64 = untypedInt // an untyped int converts to float64
	fmt.Println(f / 2)
	var i8 int8 = untypedInt
	fmt.Println(i8 * 18)
	fmt.Println(untypedInt/2, untypedInt/2.0)
	fmt.Println(untypedFloat * 2)
	fmt.Println(typedInt / 2)
	fmt.Println(typedFloat, float64(typedFloat), untypedFloat*untypedInt)
	x := untypedRune
	fmt.Println(x, untypedRune+1)
	fmt.Printf("%c %v %q\n", x, untypedStr+"!", untypedRune)
	fmt.Println(untypedBool, !untypedBool)
	var u uint16 = untypedInt * 1000
	fmt.Println(u * 10)
	const third = 1.0 / 3
	fmt.Println(third, float32(third), third*3 == 1)
	const big = 1 << 40
	fmt.Println(big/1024, float64(big))
	h := 1 << 62
	fmt.Println(h)
	var b byte = 'A' + 2
	fmt.Println(b)
}
