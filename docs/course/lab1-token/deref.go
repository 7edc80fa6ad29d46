package main

import "fmt"

// Valid Go with ** written together: two stars, never a power.
type T struct{ n int }

func set(pp **T, n int) { (**pp).n = n }

func main() {
	x := 3
	p := &x
	pp := &p
	**pp = 2 * **pp
	t := &T{}
	set(&t, **pp***pp) // three stars: **pp * **pp
	fmt.Println(x, t.n)
}
