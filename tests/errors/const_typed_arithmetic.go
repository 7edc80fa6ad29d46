// Arithmetic on typed constants stays in the type: results that overflow
// it are errors, even when every operand fits.
package main

const (
	big   int8   = 100
	small uint8  = 0
	maxU  uint16 = 65535
	mid   int32  = 1 << 30
)

const (
	x = big + big // ERROR "big \+ big \(constant 200 of type int8\) overflows int8"
	y = small - 1 // ERROR "small - 1 \(constant -1 of type uint8\) overflows uint8"
	z = maxU * 2 // ERROR "maxU \* 2 \(constant 131070 of type uint16\) overflows uint16"
	w = mid * 4 // ERROR "mid \* 4 \(constant 4294967296 of type int32\) overflows int32"
	v = -big - big // ERROR "-big - big \(constant -200 of type int8\) overflows int8"
	u = ^small
	t = big << 1 // ERROR "big << 1 \(constant 200 of type int8\) overflows int8"
)

func main() {}
