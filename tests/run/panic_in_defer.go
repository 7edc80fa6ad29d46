// A panic inside a deferred call while already panicking: both are printed, nested.
package main

import "fmt"

func cleanup(name string) {
	fmt.Println("cleanup", name)
	panic("cleanup " + name + " failed")
}

func helper() {
	defer fmt.Println("helper's defer")
	defer cleanup("A")
	fmt.Println("helper body")
}

func main() {
	defer helper()
	defer fmt.Println("outer defer still runs")
	defer cleanup("B")
	defer fmt.Println("plain defer")
	panic("original")
}
