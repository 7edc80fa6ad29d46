// math.Pow and friends on special cases: zeros, infinities, NaN, negative bases.
package main

import (
	"fmt"
	"math"
)

func main() {
	inf, nan := math.Inf(1), math.NaN()
	cases := [][2]float64{
		{2, 10}, {2, -1}, {-2, 3}, {-2, 0.5}, {0, 0}, {0, -1}, {math.Copysign(0, -1), -1},
		{1, nan}, {nan, 0}, {inf, -1}, {-inf, 3}, {0.5, inf}, {2, inf}, {-1, inf}, {10, 309},
	}
	for _, c := range cases {
		fmt.Println(c[0], c[1], math.Pow(c[0], c[1]))
	}
	fmt.Println(math.Sqrt(inf), math.Sqrt(math.Copysign(0, -1)), math.Log(0), math.Log(-1))
	fmt.Println(math.Floor(inf), math.Ceil(-inf), math.Trunc(nan), math.Abs(-inf))
	fmt.Println(1/inf, -1/inf, inf*0)
	var z float64
	fmt.Println(1/z, -1/z, z/z)
	fmt.Println(int64(math.Pow(2, 62)), math.Pow10(3), math.Pow10(-2))
}
