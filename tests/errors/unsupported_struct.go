// Valid Go outside go2c's subset: a type declaration with a struct type.
package main

import "fmt"

type point struct {
	x, y int
}

func main() {
	var p point
	fmt.Println(p.x + p.y) // ERROR "go2c does not support"
}
