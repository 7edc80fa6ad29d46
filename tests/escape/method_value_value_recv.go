// go2c build -m
// A method value with a value receiver copies the receiver into the
// closure: the original variable stays in the frame even when the method
// value escapes.
package main

type celsius float64

func (c celsius) double() celsius { return 2 * c }

var conv func() celsius

func keep() {
	t := celsius(20)
	conv = t.double // ERROR "^t\.double escapes to heap$"
}

func main() {
	keep()
	println(conv())
}
