// Strings hold UTF-8 bytes: len counts bytes, not characters, and indexing yields bytes.
package main

import "fmt"

func countRunes(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i]&0xC0 != 0x80 { // not a continuation byte
			n++
		}
	}
	return n
}

func main() {
	words := "héllo, 世界! 🙂"
	fmt.Println(words)
	fmt.Println(len(words), countRunes(words))
	fmt.Println(len("é"), len("世"), len("🙂"), len("\u00e9"), len("\U0001F642"))
	fmt.Println("é" == "\xc3\xa9", "é" == "e\u0301")
	fmt.Printf("%x|% x\n", "世", "🙂")
	fmt.Printf("%q %+q\n", "世界", "世界")
	fmt.Println(words[1], words[2], words[len(words)-1])
	fmt.Printf("%c %c\n", '世', 0x1F642)
	s := "ñ"
	s += "ñ"
	fmt.Println(s, len(s))
	fmt.Printf("[%5s][%-5s]\n", "日本", "日本")
	fmt.Printf("%q\n", "\xff\xfe")
	fmt.Println(len(`raw ✓ string`))
}
