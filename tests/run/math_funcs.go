// math: Sqrt, Floor, Ceil, Trunc, Round, Abs, Mod, Max/Min, Inf, NaN, IsNaN, limits.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Sqrt(16), math.Sqrt(-1), math.Cbrt(27))
	for _, x := range []float64{2.5, -2.5, 3.7, -3.2, 0.5} {
		fmt.Println(x, math.Floor(x), math.Ceil(x), math.Trunc(x), math.Round(x), math.RoundToEven(x), math.Abs(x))
	}
	fmt.Println(math.Mod(7, 3), math.Mod(-7, 3), math.Remainder(7, 3))
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.Max(math.NaN(), 1), math.Min(-0.0, 0))
	inf := math.Inf(1)
	fmt.Println(inf, -inf, inf+1, inf-inf, math.IsInf(inf, 1), math.IsInf(-inf, 0))
	nan := math.NaN()
	fmt.Println(nan == nan, math.IsNaN(nan), nan < 1, nan > 1)
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxInt32, math.MaxUint8, math.MaxInt8)
	fmt.Println(math.MaxFloat32, math.Pi, math.E)
	fmt.Println(math.Hypot(3, 4), math.Log(math.E), math.Log2(1024), math.Log10(0.001), math.Exp(0))
	fmt.Printf("%.6f %.6f %.6f\n", math.Sin(math.Pi/6), math.Cos(0), math.Atan2(1, 1))
	fmt.Println(math.Signbit(-0.0), math.Signbit(math.Copysign(0, -1)), math.Float64bits(1.0))
	fmt.Println(math.Float64frombits(0x4000000000000000), math.Float32bits(1))
}
