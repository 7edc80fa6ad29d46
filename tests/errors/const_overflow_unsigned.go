// Constant overflow in every unsigned integer type: too large, and any
// negative value.
package main

const (
	a uint8   = 255 + 1 // ERROR "cannot use 255 \+ 1 \(untyped int constant 256\) as uint8 value in constant declaration \(overflows\)"
	b byte    = -1 // ERROR "cannot use -1 \(untyped int constant\) as byte value in constant declaration \(overflows\)"
	c uint16  = 65536 // ERROR "cannot use 65536 \(untyped int constant\) as uint16 value in constant declaration \(overflows\)"
	d uint32  = 1 << 32 // ERROR "cannot use 1 << 32 \(untyped int constant 4294967296\) as uint32 value in constant declaration \(overflows\)"
	e uint64  = 1 << 64 // ERROR "cannot use 1 << 64 \(untyped int constant 18446744073709551616\) as uint64 value in constant declaration \(overflows\)"
	f uint    = -5 // ERROR "cannot use -5 \(untyped int constant\) as uint value in constant declaration \(overflows\)"
	g uintptr = 1 << 64 // ERROR "cannot use 1 << 64 \(untyped int constant 18446744073709551616\) as uintptr value in constant declaration \(overflows\)"
	h uint8   = 200 * 2 // ERROR "cannot use 200 \* 2 \(untyped int constant 400\) as uint8 value in constant declaration \(overflows\)"
)

func main() {}
