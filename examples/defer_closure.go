// defer_closure.go — a deferred closure.
//
// A func literal deferred in a function (not in a loop) runs before that
// function returns, so it need not outlive the frame: "func literal does
// not escape", and the variable it captures stays on the stack as well.
package main

import "fmt"

func work() (result int) {
	steps := 0
	defer func() {
		result = steps * 10
	}()
	for i := 0; i < 5; i++ {
		steps++
	}
	return 0
}

func main() {
	fmt.Println(work())
}
