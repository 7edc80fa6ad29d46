package main

import "fmt"

func div(a, b int) int {
	return a / b
}

func main() {
	fmt.Println("dividing")
	fmt.Println(div(1, 0))
	fmt.Println("not reached")
}
