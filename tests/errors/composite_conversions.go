// Conversions between composite types, strings and slices, and of nil.
package main

type P struct{ x int }

func main() {
	var s []int
	_ = string(s) // ERROR "cannot convert s \(variable of type \[\]int\) to type string"
	_ = int(nil) // ERROR "cannot convert nil to type int"
	_ = []byte(5) // ERROR "cannot convert 5 \(untyped int constant\) to type \[\]byte"
	var p *P
	_ = (*int)(p) // ERROR "cannot convert p \(variable of type \*P\) to type \*int"
	_ = []byte("abc")
	_ = (*[2]int)(s)
	var a []int
	var b []string = a // ERROR "cannot use a \(variable of type \[\]int\) as type \[\]string in variable declaration"
	_ = b
}
