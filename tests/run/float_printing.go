// fmt prints floats with %v as the shortest representation that round-trips,
// switching to exponent form for exponents < -4 or >= 21.
package main

import "fmt"

func main() {
	fmt.Println(0.1, float32(0.1), 1e21, 1e20, 100.0, 1e-5, 1e-4)
	fmt.Println(3.0, 2.5, -0.0, 1.0/3.0, float32(1.0)/3)
	fmt.Println(123456789.0, 1234567890123456789.0, 12345678901234567890123.0)
	fmt.Println(0.000123, 0.0000123, 5e-324, 1.7976931348623157e308)
	fmt.Println(float32(16777216.0), float32(16777217.0), float32(3.4e38))
	var z float64
	fmt.Println(z, -z, 0.1+0.2)
	fmt.Print(1.5, 2.25, "\n")
	s := fmt.Sprint(float32(2.5), float64(100))
	fmt.Println(s)
	fmt.Printf("%v %v %v\n", 1e6, 1e-7, float32(1e21))
}
