// Integer literals in every base, with digit separators, and float literals in their forms.
package main

import "fmt"

func main() {
	fmt.Println(0x1F, 0x1f, 0xdead_beef, 0x_FF)
	fmt.Println(017, 0o17, 0o17, 0o_7, 00)
	fmt.Println(0b1010, 0b1111_0000, 0b_1)
	fmt.Println(1_000_000, 0_7, 123)
	fmt.Println(0x7FFFFFFFFFFFFFFF, 0xFFFFFFFFFFFFFFFF>>1)
	fmt.Println(1e3, 1.5e-3, .5, 5., 0.0, 1_0.2_5, 6.02e+23)
	fmt.Println(0x1p4, 0x1.8p1, 0x.8p0, 0x1p-2)
	fmt.Println(0e0, 00.5, 0123.5, 1e2)
	var u8 uint8 = 0b1111_1111
	var i16 int16 = -0o77777
	fmt.Println(u8, i16)
	fmt.Printf("%d %x %d\n", 0xCAFE, 0o755, 0b1_0_1)
}
