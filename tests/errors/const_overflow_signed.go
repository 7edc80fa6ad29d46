// Constant overflow in every signed integer type, at both ends of the
// range, in declarations and arithmetic.
package main

const (
	a int8  = 127 + 1 // ERROR "cannot use 127 \+ 1 \(untyped int constant 128\) as int8 value in constant declaration \(overflows\)"
	b int8  = -129 // ERROR "cannot use -129 \(untyped int constant\) as int8 value in constant declaration \(overflows\)"
	c int16 = 1 << 15 // ERROR "cannot use 1 << 15 \(untyped int constant 32768\) as int16 value in constant declaration \(overflows\)"
	d int16 = -32768 - 1 // ERROR "cannot use -32768 - 1 \(untyped int constant -32769\) as int16 value in constant declaration \(overflows\)"
	e int32 = 2147483648 // ERROR "cannot use 2147483648 \(untyped int constant\) as int32 value in constant declaration \(overflows\)"
	f int64 = 1 << 63 // ERROR "cannot use 1 << 63 \(untyped int constant 9223372036854775808\) as int64 value in constant declaration \(overflows\)"
	g int   = -9223372036854775809 // ERROR "cannot use -9223372036854775809 \(untyped int constant\) as int value in constant declaration \(overflows\)"
	h rune  = 0x80000000 // ERROR "cannot use 0x80000000 \(untyped int constant 2147483648\) as rune value in constant declaration \(overflows\)"
)

func main() {}
