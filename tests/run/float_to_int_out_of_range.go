// Float-to-integer conversions of out-of-range values, NaN and infinities:
// Go leaves them implementation-defined; go2c gives what gc gives on amd64.
package main

import "fmt"

func conv(f float64) {
	fmt.Println(int8(f), int16(f), int32(f), int64(f), int(f), uint8(f), uint16(f), uint32(f), uint64(f), uint(f), uintptr(f))
}

func main() {
	conv(3e9)
	conv(-3e9)
	conv(70000.5)
	conv(-1.5)
	conv(1e19)
	conv(1e30)
	conv(-1e30)
	conv(5e9)
	zero := 0.0
	conv(zero / zero)
	conv(1 / zero)
	var f32 float32 = 3e9
	fmt.Println(int32(f32), uint8(f32))
}
