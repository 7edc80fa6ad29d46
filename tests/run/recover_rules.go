// recover only stops a panic when called directly by a deferred function; elsewhere it returns nil.
package main

import "fmt"

func helper() interface{} { return recover() }

func direct() (msg string) {
	defer func() {
		msg = fmt.Sprint("direct: ", recover())
	}()
	panic("p1")
}

func viaHelperInDefer() (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint("outer caught: ", r)
		}
	}()
	defer func() {
		r := helper()
		fmt.Println("helper returned", r)
	}()
	panic("p2")
}

func deferredRecoverItself() (msg string) {
	defer func() {
		msg = fmt.Sprint("after: ", recover())
	}()
	defer recover()
	panic("p3")
}

func main() {
	fmt.Println(recover())
	fmt.Println(direct())
	fmt.Println(viaHelperInDefer())
	fmt.Println(deferredRecoverItself())
	func() {
		defer func() { fmt.Println("no panic:", recover()) }()
	}()
	func() {
		defer func() { fmt.Println("nil panic value:", recover()) }()
		panic(nil)
	}()
}
