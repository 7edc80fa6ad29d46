// Conversions to and from strings: []byte and []rune work, other slices,
// floats and bools do not.
package main

type Bytes []byte
type Str string

func main() {
	var f float64
	var bs []byte
	var ints []int
	var b bool
	var i64s []int64
	_ = string(bs)
	_ = Bytes("x")
	_ = Str([]rune("x"))
	_ = string(f) // ERROR "cannot convert f \(variable of type float64\) to type string"
	_ = string(ints) // ERROR "cannot convert ints \(variable of type \[\]int\) to type string"
	_ = string(b) // ERROR "cannot convert b \(variable of type bool\) to type string"
	_ = []int("abc") // ERROR "cannot convert .abc. \(untyped string constant\) to type \[\]int"
	_ = []int64(Str("abc")) // ERROR "cannot convert Str\(.abc.\) \(constant .abc. of type Str\) to type \[\]int64"
	_ = string(i64s) // ERROR "cannot convert i64s \(variable of type \[\]int64\) to type string"
	_ = []byte(1) // ERROR "cannot convert 1 \(untyped int constant\) to type \[\]byte"
}
