// Shifts: counts must be non-negative integers, shifted operands integers,
// and constant shifts must fit their type.
package main

func main() {
	var i int
	var f float64
	var s uint = 2
	_ = 1 << -1 // ERROR "invalid operation: negative shift count -1 \(untyped int constant\)"
	_ = i << 1.5 // ERROR "1\.5 \(untyped float constant\) truncated to uint"
	_ = f << 2 // ERROR "invalid operation: shifted operand f \(variable of type float64\) must be integer"
	_ = 1.5 << s // ERROR "invalid operation: shifted operand 1\.5 \(untyped float constant\) must be integer"
	const big int32 = 1 << 31 // ERROR "cannot use 1 << 31 \(untyped int constant 2147483648\) as int32 value in constant declaration \(overflows\)"
	const c = 1 << 100000 // ERROR "invalid operation: invalid shift count 100000 \(untyped int constant\)"
	_ = i >> "x" // ERROR "cannot convert .x. \(untyped string constant\) to uint"
	var u8 uint8 = 1 << 8 // ERROR "cannot use 1 << 8 \(untyped int constant 256\) as uint8 value in variable declaration \(overflows\)"
	_ = u8
}
