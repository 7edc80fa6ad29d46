// Case functions: ToUpper, ToLower, Title, ToTitle, EqualFold, on ASCII and non-ASCII text.
package main

import (
	"fmt"
	"strings"
)

func main() {
	words := []string{"hello world", "ÉCOLE ñandú", "go-lang_is fun", "straße", "ǆemal"}
	for _, w := range words {
		fmt.Printf("%q %q %q %q\n", strings.ToUpper(w), strings.ToLower(w), strings.Title(w), strings.ToTitle(w))
	}
	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("σ", "Σ"), strings.EqualFold("a", "b"))
	fmt.Println(strings.EqualFold("straße", "STRASSE"), strings.EqualFold("K", "\u212a"))
	fmt.Println(strings.ToUpper("") == "", strings.ToLower("123!@#"))
	fmt.Println(strings.Title("o'neil is here"), strings.Title("a.b c_d"))
	s := "MiXeD CaSe"
	swapped := strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' {
			return r - 32
		}
		if r >= 'A' && r <= 'Z' {
			return r + 32
		}
		return r
	}, s)
	fmt.Println(swapped, strings.ToLower(s) == strings.ToLower(swapped))
}
