// Re-panicking the recovered value prints "[recovered]" before the second panic.
package main

import "fmt"

func inner() {
	defer func() {
		r := recover()
		fmt.Println("inner recovered:", r)
		panic(r)
	}()
	panic("first failure")
}

func middle() {
	defer fmt.Println("middle's defer runs while unwinding")
	inner()
}

func main() {
	defer fmt.Println("main's defer runs")
	middle()
}
