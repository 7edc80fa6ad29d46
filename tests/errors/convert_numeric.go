// Conversions of constants between numeric types: overflow, truncation
// and conversions that do not exist.
package main

type Small int8

func main() {
	_ = int8(200) // ERROR "cannot convert 200 \(untyped int constant\) to type int8"
	_ = uint16(-1) // ERROR "cannot convert -1 \(untyped int constant\) to type uint16"
	_ = Small(128) // ERROR "cannot convert 128 \(untyped int constant\) to type Small"
	_ = int(3.5) // ERROR "cannot convert 3\.5 \(untyped float constant\) to type int"
	_ = float32(1e300) // ERROR "cannot convert 1e300 \(untyped float constant 1e\+300\) to type float32"
	_ = uint(1 << 64) // ERROR "cannot convert 1 << 64 \(untyped int constant 18446744073709551616\) to type uint"
	_ = int(1 + 2i) // ERROR "cannot convert 1 \+ 2i \(untyped complex constant \(1 \+ 2i\)\) to type int"
	_ = bool(1) // ERROR "cannot convert 1 \(untyped int constant\) to type bool"
	var b bool
	_ = int(b) // ERROR "cannot convert b \(variable of type bool\) to type int"
}
