// math's Bessel functions J0, J1, Jn, Y0, Y1, Yn, bit for bit as gc
// computes them: every region of each algorithm (the small-x
// approximations, the asymptotic form on its four intervals, the huge-x
// shortcuts, forward and backward recurrence) and the special cases.
package main

import (
	"fmt"
	"math"
)

var xs = []float64{
	0, math.Copysign(0, -1), 1e-300, 5e-324, 3e-10, 0x1p-27, 1e-8, 0x1p-13, 1e-4, 0.1,
	0.5, 0.99, 1, 1.5, 1.99, 2, 2.4048255576957727, 2.5, 2.8571, 3, 3.8317, 4.5454,
	5, 7.99, 8, 10, 30.5, 100, 1234.5678, 1e6, 1e15, 1e20, 0x1p129, 1e39, 1e100,
	0x1p302, 1e300, math.MaxFloat64, math.Inf(1), math.NaN(),
	-0.5, -1e-9, -3, -10, -1e20, math.Inf(-1),
}

var ns = []int{0, 1, -1, 2, -2, 3, 5, -7, 10, 33, 34, 50, 150, -151}

func show(name string, x, v float64) {
	fmt.Printf("%s(%g) = %v %#016x\n", name, x, v, math.Float64bits(v))
}

func main() {
	for _, x := range xs {
		show("J0", x, math.J0(x))
		show("J1", x, math.J1(x))
		show("Y0", x, math.Y0(x))
		show("Y1", x, math.Y1(x))
	}
	for _, n := range ns {
		for _, x := range xs {
			fmt.Printf("n=%d ", n)
			show("Jn", x, math.Jn(n, x))
			fmt.Printf("n=%d ", n)
			show("Yn", x, math.Yn(n, x))
		}
	}
	// a sweep across the regions, summed bit patterns as a checksum
	var sum uint64
	for i := 0; i < 4000; i++ {
		x := float64(i)*0.0137 + 1e-3
		sum = sum*31 + math.Float64bits(math.J0(x))
		sum = sum*31 + math.Float64bits(math.J1(x))
		sum = sum*31 + math.Float64bits(math.Y0(x))
		sum = sum*31 + math.Float64bits(math.Y1(x))
		sum = sum*31 + math.Float64bits(math.Jn(i%40-5, x))
		sum = sum*31 + math.Float64bits(math.Yn(i%40-5, x))
	}
	fmt.Printf("checksum %#x\n", sum)
}
