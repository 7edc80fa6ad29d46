// Calling a nil func value is a nil pointer dereference; a nil map of funcs returns nil funcs.
package main

import "fmt"

func main() {
	var f func(int) int
	fmt.Println(f == nil)
	ops := map[string]func(int) int{
		"double": func(x int) int { return 2 * x },
	}
	fmt.Println(ops["double"](21))
	g := ops["triple"]
	fmt.Println(g == nil)
	var methods []func()
	methods = append(methods, nil)
	func() {
		defer func() { fmt.Println("slice element:", recover()) }()
		methods[0]()
	}()
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	fmt.Println(g(1))
}
