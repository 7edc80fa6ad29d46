// Strings compare byte-wise (lexically on bytes, so by UTF-8 code points).
package main

import "fmt"

func cmp(a, b string) {
	fmt.Println(a, b, a == b, a != b, a < b, a <= b, a > b, a >= b)
}

func main() {
	cmp("abc", "abd")
	cmp("abc", "abc")
	cmp("ab", "abc")
	cmp("", "a")
	cmp("B", "a")
	cmp("z", "é")
	cmp("hello", "help")
	x := "ab"
	y := "a"
	y += "b"
	fmt.Println(x == y, x < y+"\x00")
	fmt.Println("\xff" > "\x7f", "" == "", "a" < "")
}
