package main

// Two paths to the heap each: -m=2 (as gc) explains both of x's but only
// y's first; -json and explain give every path of both.
var g1, g2 *int

func two() {
	x := 1
	g1 = &x
	g2 = &x
}

func chain() {
	y := 2
	p := &y
	g1 = p
	g2 = p
}

func main() { two(); chain() }
