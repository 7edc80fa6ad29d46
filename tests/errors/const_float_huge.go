// Float constants past float64 are still shown by value in messages.
package main

const huge = 1e400

func main() {
	var f float64 = huge // ERROR "cannot use huge \(untyped float constant 1e\+400\) as float64 value in variable declaration \(overflows\)"
	var g float32 = -1.5e39 // ERROR "cannot use -1\.5e39 \(untyped float constant -1\.5e\+39\) as float32 value in variable declaration \(overflows\)"
	var h float64 = -123456789e300
	var c complex128 = huge * 1i // ERROR "cannot use huge \* 1i \(untyped complex constant \(0 \+ 1e\+400i\)\) as complex128 value in variable declaration \(overflows\)"
	_, _, _, _ = f, g, h, c
}
