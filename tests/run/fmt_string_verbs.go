// %s %q %x %X %v on strings and byte slices, with and without # and space flags.
package main

import "fmt"

func main() {
	s := "Hi, \"Go\"\n\tπ"
	fmt.Printf("%s\n", s)
	fmt.Printf("%q\n", s)
	fmt.Printf("%+q\n", s)
	fmt.Printf("%#q %#q\n", "back`tick", "plain")
	fmt.Printf("%x\n", "hello")
	fmt.Printf("%X\n", "hello")
	fmt.Printf("% x\n", "hello")
	fmt.Printf("%#x\n", "hi")
	fmt.Printf("% #x\n", "hi")
	b := []byte("bytes")
	fmt.Printf("%s %q %x %v\n", b, b, b, b)
	fmt.Printf("%s\n", []string{"a", "b c"})
	fmt.Printf("%q\n", []string{"a", "b c"})
	fmt.Printf("%q\n", "\x00\x7f\xff")
	fmt.Printf("%s|%v|%q\n", "", "", "")
	fmt.Printf("%.3s|%.10s|%.0s|\n", "abcdef", "ab", "xyz")
	fmt.Printf("%.2s|\n", "héllo")
	fmt.Printf("%5.1s|%-5.2s|\n", "abc", "abc")
}
