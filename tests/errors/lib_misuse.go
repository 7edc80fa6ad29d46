// Misuse of the standard packages declared in lib/: wrong argument types,
// unexported and missing names, library types in assignments.
package main

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

func main() {
	_ = strings.Repeat(1, "a")   // ERROR "cannot use 1 \(untyped int constant\) as string value in argument to strings.Repeat" "cannot use .a. \(untyped string constant\) as int value in argument to strings.Repeat"
	_ = math.intSize             // ERROR "undefined: math.intSize"
	_ = strings.Nope             // ERROR "undefined: strings.Nope"
	var b strings.Builder
	var n int = b                // ERROR "cannot use b \(variable of type strings.Builder\) as type int in variable declaration"
	var f float32 = math.Sqrt(2) // ERROR "cannot use math.Sqrt\(2\) \(value of type float64\) as type float32 in variable declaration"
	var i8 int8 = math.MaxInt64  // ERROR "cannot use math.MaxInt64 \(untyped int constant 9223372036854775807\) as int8 value in variable declaration \(overflows\)"
	s := strconv.Itoa("1")       // ERROR "cannot use .1. \(untyped string constant\) as int value in argument to strconv.Itoa"
	x := utf8.RuneLen(1.5)       // ERROR "cannot use 1.5 \(untyped float constant\) as rune value in argument to utf8.RuneLen \(truncated\)"
	println(n, f, i8, s, x)
}
