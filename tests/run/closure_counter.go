// Closures returned from functions keep private state: counters, generators, accumulators.
package main

import "fmt"

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func accumulator(start float64) (add func(float64), get func() float64) {
	total := start
	add = func(d float64) { total += d }
	get = func() float64 { return total }
	return
}

func main() {
	c1, c2 := counter(), counter()
	fmt.Println(c1(), c1(), c1(), c2())
	f := fibGen()
	for i := 0; i < 10; i++ {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	add, get := accumulator(10)
	add(2.5)
	add(-1)
	fmt.Println(get())
	adders := make([]func(int) int, 3)
	for i := range adders {
		k := i * 10
		adders[i] = func(x int) int { return x + k }
	}
	fmt.Println(adders[0](1), adders[1](1), adders[2](1))
}
