// go2c build -m
// math works on values and allocates nothing; os.Exit takes an int.
package main

import (
	"math"
	"os"
)

func hyp(a, b float64) float64 {
	return math.Sqrt(a*a + b*b)
}

func main() {
	h := hyp(3, 4)
	if math.IsNaN(h) {
		os.Exit(1)
	}
	println(h, math.MaxInt64)
}
