// When a deferred call panics during a panic, recover returns the latest panic value.
package main

import "fmt"

func f() (result string) {
	defer func() {
		result = fmt.Sprint("recovered: ", recover())
	}()
	defer func() {
		panic("second")
	}()
	panic("first")
}

func g() {
	defer func() { fmt.Println("g outer:", recover()) }()
	defer func() {
		defer func() { fmt.Println("g inner:", recover()) }()
		panic("inside defer")
	}()
	panic("g original")
}

func main() {
	fmt.Println(f())
	g()
	fmt.Println("done")
}
