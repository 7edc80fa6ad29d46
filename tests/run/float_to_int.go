// Float-to-integer conversion truncates toward zero; integer-to-float rounds to nearest.
package main

import "fmt"

func main() {
	vals := 0.0
	for i := 0; i < 6; i++ {
		vals = float64(i)*1.7 - 4.2
		fmt.Println(vals, int(vals), int8(vals), uint8(vals+10))
	}
	var f32 float32 = -2.999
	fmt.Println(int32(f32), int64(f32), float64(int32(f32)))
	big := 1e18
	fmt.Println(int64(big), uint64(big*10))
	var n int64 = 9007199254740993
	fmt.Println(float64(n), float32(n), int64(float64(n)))
	var u uint64 = 18446744073709551615
	fmt.Println(float64(u), float32(u))
	var i int = -7
	fmt.Println(float64(i)/2, float32(i)/3, i/2)
	half := 0.5
	fmt.Println(int(half), int(-half), int(half+half))
	var b byte = 250
	fmt.Println(float32(b)*2, float64(b)/1000)
}
