// string(rune) makes UTF-8; invalid code points become U+FFFD; strconv is needed for decimal text.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(string(rune(65)), string(rune(0x4E16)), string(rune(0x1F600)))
	fmt.Printf("%q %q %q\n", string(rune(-1)), string(rune(0xD800)), string(rune(0x110000)))
	var b byte = 'z'
	fmt.Println(string(b), string(rune(b)))
	n := 42
	fmt.Println(strconv.Itoa(n), string(rune(n)))
	for _, r := range []rune{'g', 'o', '!'} {
		fmt.Print(string(r))
	}
	fmt.Println()
	s := ""
	for i := 0; i < 5; i++ {
		s += string(rune('a' + i))
	}
	fmt.Println(s, len(s))
	e := string(rune(0xE9))
	fmt.Println(e, len(e), []byte(e))
}
