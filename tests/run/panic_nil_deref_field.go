// Reading a field through a nil pointer is a nil pointer dereference (recovered: an uncaught
// one prints a machine-dependent [signal SIGSEGV ... pc=...] line).
package main

import "fmt"

type Point struct {
	X, Y int
}

type Line struct {
	A, B *Point
}

func main() {
	l := Line{A: &Point{1, 2}}
	fmt.Println(l.A.X, l.B == nil)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(l.B.Y)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		l.B.X = 5
	}()
	var p *Point
	fmt.Println("about to read")
	defer func() { fmt.Println("main recovered:", recover()) }()
	fmt.Println(p.X)
	fmt.Println("unreachable")
}
