// Float and complex constants: representability in float32, float64,
// the integer types, and complex constants used as reals.
package main

func main() {
	var f32 float32 = 1e39 // ERROR "cannot use 1e39 \(untyped float constant 1e\+39\) as float32 value in variable declaration \(overflows\)"
	var f64 float64 = 1e308 * 2 // ERROR "cannot use 1e308 \* 2 \(untyped float constant 2e\+308\) as float64 value in variable declaration \(overflows\)"
	var i int = 1e3
	var j int = 1e-3 // ERROR "cannot use 1e-3 \(untyped float constant 0\.001\) as int value in variable declaration \(truncated\)"
	var k int64 = 2.0
	var n int = 1 + 0i
	var m int = 1 + 1i // ERROR "cannot use 1 \+ 1i \(untyped complex constant \(1 \+ 1i\)\) as int value in variable declaration \(truncated\)"
	var r float64 = 2i // ERROR "cannot use 2i \(untyped complex constant \(0 \+ 2i\)\) as float64 value in variable declaration \(overflows\)"
	var c complex64 = 1e39 // ERROR "cannot use 1e39 \(untyped float constant 1e\+39\) as complex64 value in variable declaration \(overflows\)"
	_, _, _, _, _, _, _, _, _ = f32, f64, i, j, k, n, m, r, c
}
