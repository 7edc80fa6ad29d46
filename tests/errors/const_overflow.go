// Constants must be representable in the type they are given.
package main

func main() {
	var b byte = 300   // ERROR "cannot use 300 \(untyped int constant\) as byte value in variable declaration \(overflows\)"
	var i8 int8 = -129 // ERROR "cannot use -129 \(untyped int constant\) as int8 value in variable declaration \(overflows\)"
	c := byte(256)     // ERROR "cannot convert 256 \(untyped int constant\) to type byte"
	const k uint8 = 255
	d := k + 1                // ERROR "k \+ 1 \(constant 256 of type uint8\) overflows uint8"
	var u uint = -1           // ERROR "cannot use -1 \(untyped int constant\) as uint value in variable declaration \(overflows\)"
	e := 1 << 64              // ERROR "cannot use 1 << 64 \(untyped int constant 18446744073709551616\) as int value in assignment \(overflows\)"
	var f float32 = 1e39      // ERROR "cannot use 1e39 \(untyped float constant 1e\+39\) as float32 value in variable declaration \(overflows\)"
	const big int64 = 1 << 63 // ERROR "cannot use 1 << 63 \(untyped int constant 9223372036854775808\) as int64 value in constant declaration \(overflows\)"
	_, _, _, _, _, _, _ = b, i8, c, d, u, e, f
}
