// Valid Go outside go2c's subset: a type declaration with a struct type.
package main

import "fmt"

type point struct { // ERROR "go2c does not support"
	x, y int
}

func main() {
	var p point // ERROR "go2c does not support"
	fmt.Println(p.x + p.y) // ERROR "go2c does not support"
}
