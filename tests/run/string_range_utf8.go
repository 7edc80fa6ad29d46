// range over a string yields byte offsets and runes; invalid bytes become U+FFFD one at a time.
package main

import "fmt"

func main() {
	for i, r := range "aé世🙂" {
		fmt.Printf("%d:%c(%d) ", i, r, r)
	}
	fmt.Println()
	bad := "a\xffb\xe4\xb8c\xed\xa0\x80d"
	for i, r := range bad {
		fmt.Printf("%d:%U ", i, r)
	}
	fmt.Println()
	count := 0
	for range "日本語" {
		count++
	}
	fmt.Println(count)
	for i := range "xyz" {
		fmt.Print(i)
	}
	fmt.Println()
	s := "héllo"
	for i := 0; i < len(s); i++ {
		fmt.Print(s[i], " ")
	}
	fmt.Println()
	var last rune
	for _, last = range "abc€" {
	}
	fmt.Println(string(last))
	fmt.Println(len("\xf0\x9f\x99"), []rune("\xf0\x9f\x99"))
}
