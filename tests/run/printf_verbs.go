// The fmt verbs %d %s %v %f %g %e %t %q %x %c on each basic type.
package main

import "fmt"

func main() {
	fmt.Printf("%d %d %d %d\n", 42, -42, uint8(255), int64(-9223372036854775808))
	fmt.Printf("%s|%s|%v\n", "text", "", "v")
	fmt.Printf("%v %v %v %v %v\n", 1, -2.5, true, "s", 'x')
	fmt.Printf("%f %f %f %f\n", 3.14159, -0.5, 1e10, float32(0.1))
	fmt.Printf("%g %g %g %g %g\n", 100000.0, 1e21, 1e-5, 0.000123, float32(1.1))
	fmt.Printf("%e %e %e\n", 123456.789, 0.0, -1e-10)
	fmt.Printf("%t %t\n", true, 1 > 2)
	fmt.Printf("%q %q %q %q\n", "hi", "tab\there", "quote\"", "é\x01")
	fmt.Printf("%q %q %q\n", 'a', '\n', '\'')
	fmt.Printf("%x %x %x %x\n", 255, -255, "hi", uint64(1)<<63)
	fmt.Printf("[%x]\n", "")
	fmt.Printf("%c%c%c %c\n", 'G', 'o', '!', 0x263A)
	fmt.Printf("%d%%\n", 50)
	fmt.Printf("%v %d\n", int8(-1), uintptr(77))
	fmt.Printf("no verbs\n")
}
