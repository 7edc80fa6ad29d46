// strings.Replace, ReplaceAll, Repeat, NewReplacer, Map (dropping runes with -1).
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	s := "oink oink oink"
	fmt.Println(strings.Replace(s, "k", "ky", 2))
	fmt.Println(strings.Replace(s, "oink", "moo", -1))
	fmt.Println(strings.ReplaceAll(s, "o", "0"))
	fmt.Println(strings.Replace(s, "", "-", 3))
	fmt.Println(strings.ReplaceAll("abc", "", "|"))
	fmt.Println(strings.Replace(s, "x", "y", -1) == s)
	fmt.Printf("%q %q %q\n", strings.Repeat("ab", 3), strings.Repeat("x", 0), strings.Repeat("", 5))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("a < b && c > d"))
	rot13 := func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+13)%26
		}
		return r
	}
	fmt.Println(strings.Map(rot13, "Hello, World!"))
	noSpace := strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, " a b\tc\n")
	fmt.Printf("%q\n", noSpace)
	fmt.Println(strings.Map(func(r rune) rune { return r + 1 }, "HAL"))
}
