// go2c build -m
// panic's argument is converted to interface{} and always escapes, whether
// it is a string, an error or a struct.
package main

import "errors"

type failure struct{ code int }

func check(n int, s string) { // ERROR "^leaking param: s$"
	if n < 0 {
		panic(s) // ERROR "^s escapes to heap$"
	}
	if n == 0 {
		panic(errors.New("zero"))
	}
	if n > 100 {
		panic(failure{n}) // ERROR "^failure\{\.\.\.\} escapes to heap$"
	}
}

func main() {
	check(5, "negative")
}
