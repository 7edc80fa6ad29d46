// Complex constants are exact, like the others; converting one to a real
// type needs its imaginary part to be 0.
package main

const magic = 1 + 2i
const d = magic * magic / (3 - 4i)

func main() {
	var f float64 = magic // ERROR "cannot use magic \(untyped complex constant \(1 \+ 2i\)\) as float64 value in variable declaration \(overflows\)"
	var i int = 2i        // ERROR "cannot use 2i \(untyped complex constant \(0 \+ 2i\)\) as int value in variable declaration \(truncated\)"
	_ = float64(d)
	_ = float64(magic)    // ERROR "cannot convert magic \(untyped complex constant \(1 \+ 2i\)\) to type float64"
	_ = magic / 0         // ERROR "invalid operation: division by zero"
	var n int = real(d)
	var c complex64 = d + 0x1p-2i + 0b11i + 017i
	const ok = imag(d) == 0 && magic*(1-2i) == 5
	_, _, _, _ = f, i, n, c
}
