// Complex numbers are not ordered (gc names the kind of the operand), and
// a constant complex divisor so small that its parts square to zero is a
// division by zero.
package main

var c complex128

var _ = 1i < 2i // ERROR "invalid operation: 1i < 2i \(operator < not defined on untyped complex\)"
var _ = c < 2i  // ERROR "invalid operation: c < 2i \(operator < not defined on complex128\)"
var _ = true > false // ERROR "invalid operation: true > false \(operator > not defined on untyped bool\)"

var _ = 1 / 1e-600000000i                   // ERROR "invalid operation: division by zero"
var _ = 1i / (1e-600000000 + 1e-600000000i) // ERROR "invalid operation: division by zero"
var _ = 1e-300000000i / 1e-300000000i * 2 // tiny parts, but their squares are not 0

func main() {}
