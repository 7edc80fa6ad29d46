// Integer division or remainder by a constant zero is a compile-time error,
// as is any constant division by zero.
package main

func main() {
	x := 10
	f := 2.5
	_ = x / 0         // ERROR "invalid operation: division by zero"
	_ = x % 0         // ERROR "invalid operation: division by zero"
	_ = f / 0.0       // fine: a float variable divided by zero is ±Inf or NaN
	const c = 1.0 / 0 // ERROR "invalid operation: division by zero"
	x /= 0            // ERROR "invalid operation: division by zero"
	const zero = 0
	_ = x / zero // ERROR "invalid operation: division by zero"
	z := 0
	_ = x / z // fine at compile time: z is a variable
}
