// Integer remainder by zero also panics, for unsigned operands too.
package main

import "fmt"

func main() {
	var a uint8 = 200
	var b uint8 = 0
	fmt.Println("start")
	fmt.Println(a % b)
	fmt.Println("unreachable")
}
