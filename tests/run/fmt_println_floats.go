// Println/%v of floats: shortest representation, switching to exponent form below 1e-4 and at 1e21.
package main

import "fmt"

func main() {
	vals := []float64{0, 1, -1, 0.1, 0.25, 1.0 / 3, 2.0 / 3, 100, 123456789, 1e20, 1e21, 1.5e21,
		0.001, 0.0001, 0.00001, 1.23e-5, 5e-324, 1.7976931348623157e308, 0.1 + 0.2, 1e100}
	for _, v := range vals {
		fmt.Println(v, float32(v))
	}
	fmt.Println(float32(0.1), float64(float32(0.1)), float32(1e-10), float32(3.4e38))
	fmt.Println(3.0, 3.5, -0.5, 1e6, 1e-6)
	var f32 float32 = 1.1
	fmt.Println(f32*f32, float64(f32)*float64(f32))
	fmt.Print(2.5, 1.0, "\n")
	fmt.Println(float32(16777217), float32(0.3), 1e23, 9007199254740993.0)
	fmt.Println(-1e-7, 123.456e10, 1/3.0*3)
	x, y := 0.1, 0.2
	fmt.Println(x+y, x*3, 1-0.9)
}
