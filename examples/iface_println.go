// iface_println.go — passing values to fmt.Println.
//
// fmt.Println takes ...any. Each argument is converted to an interface,
// and Println's parameter leaks its contents to the heap, so each
// converted value is reported as "escapes to heap". The ...any slice
// itself stays in main's frame: "... argument does not escape".
// The report is gc's, word for word. What is then allocated differs: gc's
// runtime needs no allocation for the constant (read-only data) nor for
// 42 (a small integer, from a read-only table), and allocates for s only;
// go2c calls rt_alloc for all three copies (see `go2c build -emit-c -`).
package main

import "fmt"

func main() {
	x := 42
	s := "hello"
	fmt.Println(x, s, "constant")
}
