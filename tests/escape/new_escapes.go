// go2c build -m
// new(T) returned or stored globally escapes; new(T) used locally does not.
package main

var keep *float64

func newReturned() *int {
	return new(int) // ERROR "^new\(int\) escapes to heap$"
}

func newStored() {
	keep = new(float64) // ERROR "^new\(float64\) escapes to heap$"
}

func newLocal() int {
	p := new(int) // ERROR "^new\(int\) does not escape$"
	*p = 3
	return *p
}

func main() {
	newStored()
	println(*newReturned(), newLocal(), *keep)
}
