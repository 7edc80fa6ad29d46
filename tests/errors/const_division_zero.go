// Division by a constant zero: integer and float constants, typed and
// untyped, % and /, and non-constant dividends with a zero divisor.
package main

const zero = 0
const fzero = 0.0

func main() {
	n := 10
	var f float64 = 1
	_ = 1 / zero // ERROR "invalid operation: division by zero"
	_ = 1.5 / fzero // ERROR "invalid operation: division by zero"
	_ = n / 0 // ERROR "invalid operation: division by zero"
	_ = n % zero // ERROR "invalid operation: division by zero"
	_ = f / 0
	_ = f / fzero
	const c = 7 % (3 - 3) // ERROR "invalid operation: division by zero"
	_ = complex(1, 1) / 0 // ERROR "invalid operation: division by zero"
	n /= 0 // ERROR "invalid operation: division by zero"
	_ = n
}
