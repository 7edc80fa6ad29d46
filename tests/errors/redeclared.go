// A name may be declared only once per block.
package main

var g = 1
var g = 2 // ERROR "g redeclared in this block"

func f() {}
func f() {} // ERROR "f redeclared in this block"

const c = 1

func c() {} // ERROR "c redeclared in this block"

func params(a int, a string) { // ERROR "a redeclared in this block"
}

func main() {
	x := 1
	var x int // ERROR "x redeclared in this block"
	const y = 1
	y := 2 // ERROR "cannot assign to y"
	_ = x
}
