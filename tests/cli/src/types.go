package main

import "fmt"

func main() {
	count := 0
	var name string = 42
	fmt.Println(name + 1)
	undefinedFunc()
}
