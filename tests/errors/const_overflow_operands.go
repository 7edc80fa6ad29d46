// An untyped constant operand converts to the other operand's type and must fit it.
package main

func main() {
	var x byte = 10
	var y int8 = 1
	_ = x + 256  // ERROR "256 \(untyped int constant\) overflows byte"
	_ = y * 200  // ERROR "200 \(untyped int constant\) overflows int8"
	_ = x == 300 // ERROR "300 \(untyped int constant\) overflows byte"
	x = 1000     // ERROR "cannot use 1000 \(untyped int constant\) as byte value in assignment \(overflows\)"
	x += 300     // ERROR "300 \(untyped int constant\) overflows byte"
	_ = y - 128  // ERROR "128 \(untyped int constant\) overflows int8"
	_ = y - -128 // fine: -128 fits int8
}
