// complex takes two floats of one type; real and imag take a complex number.
package main

func main() {
	var f float32
	var d float64
	var i int
	var c complex64
	_ = complex(f, d)    // ERROR "invalid operation: complex\(f, d\) \(mismatched types float32 and float64\)"
	_ = complex(i, i)    // ERROR "invalid argument: arguments have type int, expected floating-point"
	_ = real(i)          // ERROR "invalid argument: argument has type int, expected complex type"
	_ = imag(f)          // ERROR "invalid argument: argument has type float32, expected complex type"
	_ = complex(1.5, i)  // ERROR "1.5 \(untyped float constant\) truncated to int"
	var g float32 = real(c)
	var h float64 = real(c) // ERROR "cannot use real\(c\) \(value of type float32\) as type float64 in variable declaration"
	_, _ = g, h
	_ = complex(f, 1)
	_ = real(2.5) + d
	_ = recover(1) // ERROR "invalid operation: too many arguments for recover\(1\) \(expected 0, found 1\)"
}
