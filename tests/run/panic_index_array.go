// Index out of range on an array indexed by a variable, and through a pointer to an array.
package main

import "fmt"

func try(f func()) {
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	f()
}

func main() {
	var a [4]string
	n := 4
	try(func() { a[n] = "x" })
	p := &a
	try(func() { _ = p[n+1] })
	var grid [2][3]int
	r, c := 1, 3
	try(func() { grid[r][c]++ })
	c = 2
	grid[r][c] = 9
	fmt.Println(grid)
	k := 10
	fmt.Println(a[k])
}
