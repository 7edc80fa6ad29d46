// panic(E(3)) for a named integer type prints main.E(3); other named basic kinds likewise.
package main

import "fmt"

type E int
type Name string
type Ratio float64
type Flag bool

func show(v interface{}) {
	defer func() {
		r := recover()
		fmt.Printf("%v %T\n", r, r)
	}()
	panic(v)
}

func main() {
	show(E(3))
	show(Name("bob"))
	show(Ratio(0.5))
	show(Flag(true))
	show(uint8(200))
	panic(E(3))
}
