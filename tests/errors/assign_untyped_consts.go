// Untyped constants assigned to typed variables: overflow, truncation and
// kinds that do not fit.
package main

func main() {
	var a uint8 = 256 // ERROR "cannot use 256 \(untyped int constant\) as uint8 value in variable declaration \(overflows\)"
	var b int16 = -40000 // ERROR "cannot use -40000 \(untyped int constant\) as int16 value in variable declaration \(overflows\)"
	var c uint = -1 // ERROR "cannot use -1 \(untyped int constant\) as uint value in variable declaration \(overflows\)"
	var d int = 1.5 // ERROR "cannot use 1\.5 \(untyped float constant\) as int value in variable declaration \(truncated\)"
	var e float32 = 1e100 // ERROR "cannot use 1e100 \(untyped float constant 1e\+100\) as float32 value in variable declaration \(overflows\)"
	var f string = 'x' // ERROR "cannot use 'x' \(untyped rune constant 120\) as string value in variable declaration"
	var g bool = 1 // ERROR "cannot use 1 \(untyped int constant\) as bool value in variable declaration"
	var h int = "1" // ERROR "cannot use .1. \(untyped string constant\) as int value in variable declaration"
	_, _, _, _, _, _, _, _ = a, b, c, d, e, f, g, h
}
