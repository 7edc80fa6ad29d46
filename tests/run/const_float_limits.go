// Float constants as gc holds them: exact fractions while their parts stay
// under 4096 bits, 512-bit binary floats with 32-bit exponents past that.
// The spec allows exponents far beyond float64's; the rounding that comes
// with the binary floats is gc's, and so is every value printed here.
package main

import "fmt"

const (
	huge    = 1e646456992  // near the largest exponent a constant may have
	tiny    = 1e-646456992 // and the smallest
	big5000 = 1e5000       // past 4096 bits: a binary float
	third   = 1.0 / 3
)

func main() {
	// huge constants cancel back to ordinary values
	fmt.Println(huge/1e646456991, tiny*1e646456992, huge/huge, -huge/huge)
	fmt.Println(huge > 1e308, tiny > 0, tiny < 1e-320, -huge < 0)
	// literals too small for even these exponents are 0
	fmt.Println(1e-700000000 == 0, 0x1p-2147483600 > 0, 0e99999999999)

	// exact fractions: no rounding at all
	fmt.Println(0.1+0.2 == 0.3, third*3 == 1, 1e1000/1e999 == 10)

	// binary floats round to 512 bits, as gc's do: the 1 is lost
	fmt.Println((big5000+1)-big5000, (big5000+1)-big5000 == 0)
	// ...and a fraction whose parts outgrow 4096 bits becomes one
	const frac = third * 1e1300 / 1e1300
	fmt.Println(frac == third, float64(frac))

	// an integer within rounding of a binary float counts as that integer
	const n = huge / 1e646456980
	fmt.Println(int64(n), uint64(big5000/1e4990))
	var a [int(huge / 1e646456990)]byte
	fmt.Println(len(a))

	// complex constants take each part through the same rules
	const z = complex(huge, tiny) * complex(tiny, 0)
	const w = complex(1e1000, 3e1000) / complex(1e1000, 1e1000)
	fmt.Println(real(z), imag(z), complex128(z), w, w == 2+1i)

	// float32 and float64 rounding of values far out of their range
	var f32 float32 = tiny
	var f64 = tiny * 1e646456700
	fmt.Println(f32, f64, float32(1e-46), float32(1e-45))
	fmt.Printf("%T %v %v\n", huge/1e646456990, huge/1e646456990, 5e-324*0.5*2)
}
