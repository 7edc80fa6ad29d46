// The # flag: alternate forms for %o %x %X %b %e %f %g %q %U and %v.
package main

import "fmt"

type T struct {
	A int
	S string
}

func main() {
	fmt.Printf("%#o %#x %#X %#b\n", 8, 255, 255, 5)
	fmt.Printf("%#o %#x\n", 0, 0)
	fmt.Printf("%#x %#X\n", -10, []byte{1, 2})
	fmt.Printf("%#e %#f %#g\n", 1.0, 1.0, 1.0)
	fmt.Printf("%#g %#.3g %g\n", 123.0, 1.0, 1.50)
	fmt.Printf("%#q %#q %q\n", "a`b", "ab\n", "ab")
	fmt.Printf("%#U %#U\n", '⌘', 'z')
	fmt.Printf("%#v %v\n", T{1, "x"}, T{1, "x"})
	fmt.Printf("%#v %#v\n", []T{{2, "y"}}, map[int]T{1: {3, "z"}})
	fmt.Printf("%#x\n", "go")
	fmt.Printf("%#8x|%-#8x|\n", 255, 255)
}
