// Untyped constants take their type from context; huge constant arithmetic is exact.
package main

import (
	"fmt"
	"math"
)

const Big = 1 << 100
const Small = Big >> 98
const Pi = 3.14159265358979323846264338327950288
const Greeting = "hi"
const Typed int8 = 100

type Weekday int

const Sunday Weekday = 0

func main() {
	fmt.Println(Small, Big/(1<<90))
	var f32 float32 = Pi
	var f64 = Pi
	fmt.Println(f32, f64)
	x := 10
	fmt.Println(float64(x)*Pi > 31, 1/3.0, 1/3)
	var r rune = 'a' + 1
	fmt.Println(r, string(r))
	fmt.Printf("%T %T %T %T\n", Small, Pi, 'x', Greeting)
	fmt.Println(Typed+27, Sunday+6)
	fmt.Printf("%T\n", Sunday+1)
	const h = 'h'
	var b byte = h
	fmt.Println(b)
	fmt.Println(math.MaxInt64, uint64(math.MaxUint64), math.MinInt64)
	const c = 5 / 2
	const d = 5.0 / 2
	fmt.Println(c, d, float64(c))
	fmt.Println(Big / Big)
}
