// Constant shift counts are untyped constants representable as uint (and
// at most 1074 bits for a constant shift); typed constants keep their type.
package main

func main() {
	var i int
	const big = 1 << 70
	_ = i << true // ERROR "cannot convert true \(untyped bool constant\) to uint"
	_ = i << big // ERROR "big \(untyped int constant 1180591620717411303424\) overflows uint"
	_ = 1 << 2000 // ERROR "invalid operation: invalid shift count 2000 \(untyped int constant\)"
	_ = 1 << big // ERROR "big \(untyped int constant 1180591620717411303424\) overflows uint"
	var n int64 = 1 << 70 // ERROR "cannot use 1 << 70 \(untyped int constant 1180591620717411303424\) as int64 value in variable declaration \(overflows\)"
	_ = i << -1.0 // ERROR "invalid operation: negative shift count -1\.0 \(untyped float constant -1\)"
	_ = i << 2.0
	_ = n
}
