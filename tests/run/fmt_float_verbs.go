// %e %E %f %F %g %G %b-free float formatting with default and explicit precision.
package main

import (
	"fmt"
	"math"
)

func main() {
	vals := []float64{0, 1, -1.5, 3.14159265358979, 1e6, 1e21, 1e-7, 123456789.125, math.Inf(1), math.Inf(-1), math.NaN()}
	for _, v := range vals {
		fmt.Printf("%e|%E|%f|%F|%g|%G\n", v, v, v, v, v, v)
	}
	fmt.Printf("%.2e %.0f %.3g %.10g\n", 1234.5678, 2.5, 1234.5678, 1.0/3)
	fmt.Printf("%.0f %.0f %.0f %.0f\n", 0.5, 1.5, 2.5, -0.5)
	fmt.Printf("%g %g %g\n", 100000.0, 1000000.0, 1e20)
	fmt.Printf("%g %v\n", float32(1)/3, float32(16777216))
	fmt.Printf("%v %v\n", math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Printf("%f %e\n", float32(0.1), float32(0.1))
	fmt.Printf("%v\n", -0.0)
	negz := math.Copysign(0, -1)
	fmt.Printf("%v %f %g\n", negz, negz, negz)
}
