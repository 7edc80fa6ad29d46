// complex, real and imag: operand types must be floats of the same size
// (or complex numbers for real and imag).
package main

func main() {
	var f32 float32
	var f64 float64
	var i int
	var c64 complex64
	_ = complex(f32, f64) // ERROR "invalid operation: complex\(f32, f64\) \(mismatched types float32 and float64\)"
	_ = complex(i, i) // ERROR "invalid argument: arguments have type int, expected floating-point"
	_ = complex(1) // ERROR "invalid operation: not enough arguments for complex\(1\) \(expected 2, found 1\)"
	_ = real(i) // ERROR "invalid argument: argument has type int, expected complex type"
	_ = imag(f64) // ERROR "invalid argument: argument has type float64, expected complex type"
	var x float64 = real(c64) // ERROR "cannot use real\(c64\) \(value of type float32\) as type float64 in variable declaration"
	var y complex64 = complex(f64, f64) // ERROR "cannot use complex\(f64, f64\) \(value of type complex128\) as type complex64 in variable declaration"
	_ = complex("a", 1) // ERROR "invalid operation: complex\(.a., 1\) \(mismatched types untyped string and untyped float\)"
	_, _ = x, y
}
