// Package-level variables are initialized in dependency order, not source order;
// independent ones in declaration order.
package main

import "fmt"

var a = c + b // depends on b and c, so initialized after them
var b = f("b", 1)
var c = f("c", 2)
var d = f("d", 3)
var total = a + d
var (
	x = y * 2
	y = z + 1
	z = f("z", 10)
)
var plain int
var msg = "msg:" + fmt.Sprint(total)

func f(name string, v int) int {
	fmt.Println("init", name)
	return v
}

func main() {
	fmt.Println(a, b, c, d, total)
	fmt.Println(x, y, z, plain)
	fmt.Println(msg)
}
