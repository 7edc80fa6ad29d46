// Float constants at gc's limits: exponents past 32 bits are malformed,
// results past them are not representable, a huge float is no integer, and
// values out of float64's range do not fit where a float64 is needed.
package main

const huge = 1e646456992

var a = 1e646456993 // ERROR "malformed constant: 1e646456993"
var a2 = 0x1p-2147483650 // ERROR "malformed constant: 0x1p-2147483650"
var a3 = 1e-99999999999  // ERROR "malformed constant: 1e-99999999999"
var b = huge * huge // ERROR "constant result is not representable"
var c int = huge    // ERROR "cannot use huge \(untyped float constant 1e\+646456992\) as int value in variable declaration \(truncated\)"
var d = huge        // ERROR "cannot use huge \(untyped float constant 1e\+646456992\) as float64 value in variable declaration \(overflows\)"
var e = -huge * 1i  // ERROR "cannot use -huge \* 1i \(untyped complex constant \(0 \+ -1e\+646456992i\)\) as complex128 value in variable declaration \(overflows\)"
var f = int64(1e100) // ERROR "cannot convert 1e100 \(untyped float constant 10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000\) to type int64"
var g [1e800]int    // ERROR "array length 1e800 \(untyped float constant 1e\+800\) must be integer"

func main() {
	var i interface{} = 1e400 // ERROR "cannot use 1e400 \(untyped float constant 1e\+400\) as float64 value in variable declaration \(overflows\)"
	j := 1e500                // ERROR "cannot use 1e500 \(untyped float constant 1e\+500\) as float64 value in assignment \(overflows\)"
	switch 1e600 {            // ERROR "cannot use 1e600 \(untyped float constant 1e\+600\) as float64 value in switch expression \(overflows\)"
	}
	_, _ = i, j
}
