// unicode/utf8: RuneLen, RuneCountInString, DecodeRuneInString, DecodeLastRune, EncodeRune,
// ValidString, invalid sequences.
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	for _, r := range []rune{'a', 'é', '世', '🙂', -1, 0xD800, 0x10FFFF} {
		fmt.Print(utf8.RuneLen(r), " ")
	}
	fmt.Println()
	s := "héllo, 世界🙂"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.RuneCount([]byte(s)))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		fmt.Printf("%c:%d ", r, size)
		i += size
	}
	fmt.Println()
	r, size := utf8.DecodeLastRuneInString(s)
	fmt.Printf("%c %d\n", r, size)
	r, size = utf8.DecodeRuneInString("")
	fmt.Println(r, size)
	r, size = utf8.DecodeRuneInString("\xff")
	fmt.Println(r, size, r == utf8.RuneError)
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, '€')
	fmt.Println(n, buf[:n])
	fmt.Println(utf8.ValidString(s), utf8.ValidString("a\xc0b"), utf8.Valid([]byte{0xed, 0xa0, 0x80}))
	fmt.Println(utf8.ValidRune('a'), utf8.ValidRune(0xD800), utf8.FullRune([]byte{0xe4, 0xb8}))
	fmt.Println(utf8.RuneCountInString("a\xffb\xe4\xb8"), utf8.UTFMax, utf8.RuneSelf)
	b := utf8.AppendRune(nil, '世')
	fmt.Println(b, utf8.RuneStart(b[1]), utf8.RuneStart(b[0]))
}
