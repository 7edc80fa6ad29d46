// %d %b %o %O %x %X %c %q %U on integers, including negative numbers and each integer type.
package main

import "fmt"

func main() {
	for _, n := range []int{0, 1, 7, 8, 255, -255, 1 << 40} {
		fmt.Printf("%d|%b|%o|%O|%x|%X\n", n, n, n, n, n, n)
	}
	fmt.Printf("%d %d %d %d\n", int8(-128), uint8(255), int16(-32768), uint64(18446744073709551615))
	fmt.Printf("%x %X\n", uint64(0xDEADBEEFCAFE), int32(-0x7F))
	fmt.Printf("%c %c %c %c\n", 65, 0x4E16, 0x1F600, -1)
	fmt.Printf("%q %q %q %q\n", 'a', '\n', 0x4E16, '\'')
	fmt.Printf("%U %U %#U %#U\n", 'A', 0x1F600, 'é', 0x7)
	fmt.Printf("%d\n", []int{1, 2, 3})
	fmt.Printf("%x\n", []int{10, 11, 255})
	fmt.Printf("%d\n", [2]int8{-1, 1})
	fmt.Printf("%o %#o %#x %#X %#b\n", 64, 64, 255, 255, 5)
	fmt.Printf("%d %d\n", 'x', byte('y'))
}
