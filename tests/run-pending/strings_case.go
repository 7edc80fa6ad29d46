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
}
