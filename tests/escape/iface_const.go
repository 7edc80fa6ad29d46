// go2c build -m
// Constants and zero-sized values converted to interfaces: gc still reports
// the conversion of the constant in the form it was written.
package main

var sink interface{}

type empty struct{}

func main() {
	sink = 1 // ERROR "^1 escapes to heap$"
	sink = "str" // ERROR `^"str" escapes to heap$`
	sink = 2.5 // ERROR "^2\.5 escapes to heap$"
	sink = true // ERROR "^true escapes to heap$"
	sink = empty{} // ERROR "^empty\{\} escapes to heap$"
}
