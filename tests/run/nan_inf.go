// IEEE 754 special values: NaN compares unequal to everything, including itself;
// infinities come from overflow and division by zero of floats (no panic).
package main

import "fmt"

func main() {
	zero := 0.0
	inf := 1 / zero
	ninf := -1 / zero
	nan := zero / zero
	fmt.Println(inf, ninf, nan)
	fmt.Println(nan == nan, nan != nan, nan < 1, nan > 1, nan == inf)
	fmt.Println(inf > 1e308, ninf < -1e308, inf == inf+1, inf-inf)
	fmt.Println(inf*0, -inf, 1/inf, -1/inf)
	var f32 float32 = float32(inf)
	fmt.Println(f32, float32(nan), -f32)
	fmt.Printf("%f %e %g %v\n", inf, ninf, nan, inf)
	fmt.Printf("[%8.2f][%-6v][%+v]\n", inf, nan, inf)
	x := nan
	if x != x {
		fmt.Println("x is NaN")
	}
	println(inf, ninf, nan)
	negZero := -zero
	fmt.Println(negZero, 1/negZero, negZero == zero)
}
