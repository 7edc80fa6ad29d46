// A named result assigned by `return v` is captured by reference by the
// closures of the function (here a deferred one), never copied early.
package main

import "fmt"

func f() (x int) {
	defer func() func() {
		return func() { fmt.Println("deferred sees", x) }
	}()()
	return 42
}

func g() (s string, err error) {
	defer func() {
		if err != nil {
			s = "recovered: " + s
		}
	}()
	return "value", fmt.Errorf("failed")
}

func main() {
	fmt.Println(f())
	fmt.Println(g())
}
