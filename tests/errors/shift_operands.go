// Shift counts must be integers (non-negative when constant); shifted values must be integers.
package main

func main() {
	x := 1
	f := 1.5
	s := "s"
	_ = x << -1  // ERROR "invalid operation: negative shift count -1 \(untyped int constant\)"
	_ = x << 1.5 // ERROR "1.5 \(untyped float constant\) truncated to uint"
	_ = x << f   // ERROR "invalid operation: shift count f \(variable of type float64\) must be integer"
	_ = f << 2   // ERROR "invalid operation: shifted operand f \(variable of type float64\) must be integer"
	_ = s >> 1   // ERROR "invalid operation: shifted operand s \(variable of type string\) must be integer"
	_ = x << s   // ERROR "invalid operation: shift count s \(variable of type string\) must be integer"
	const big = 1 << 500
	_ = x << 2.0         // fine: 2.0 is an integer value
	var i8 int8 = 1 << 7 // ERROR "cannot use 1 << 7 \(untyped int constant 128\) as int8 value in variable declaration \(overflows\)"
	_ = big>>499 + i8
}
