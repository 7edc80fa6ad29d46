// byte is uint8 and rune is int32: indexing a string yields bytes, rune literals are code points.
package main

import "fmt"

func main() {
	s := "héllo"
	for i := 0; i < len(s); i++ {
		fmt.Print(s[i], " ")
	}
	fmt.Println()
	var b byte = s[0]
	b += 1
	fmt.Println(b)
	fmt.Printf("%c %c %d\n", s[0], b, s[1])
	r := 'é'
	fmt.Println(r, r+1)
	fmt.Printf("%c %q %x %d\n", r, r, r, r)
	var r2 rune = 0x4E16
	fmt.Printf("%c %q %x\n", r2, r2, r2)
	var c byte = 'a'
	for c = 'a'; c <= 'e'; c++ {
		fmt.Printf("%c", c-32)
	}
	fmt.Println()
	fmt.Println('a' < 'b', 'z'-'a', '0'+5)
	var nl rune = '\n'
	fmt.Println(nl, '\t', '\\', '\'', '\x41', '\u00e9', '\U0001F600')
	var last byte = 255
	last++
	fmt.Println(last)
}
