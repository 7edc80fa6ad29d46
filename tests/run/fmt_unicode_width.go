// Width and precision count runes, not bytes, for strings; %c %q %U with multibyte runes.
package main

import "fmt"

func main() {
	words := []string{"go", "naïve", "日本語", "🙂x"}
	for _, w := range words {
		fmt.Printf("[%-8s][%8s][%.2s] %d bytes\n", w, w, w, len(w))
	}
	fmt.Printf("[%5c][%-3c]\n", '世', 'é')
	fmt.Printf("%q %+q %U\n", '🙂', '🙂', '🙂')
	fmt.Printf("%q\n", "tab\there")
	fmt.Printf("%x\n", "é")
	fmt.Printf("%c%c%c\n", 0x47, 0x6F, 0x21)
	fmt.Printf("%q\n", string(rune(0x10FFFF+1)))
	fmt.Printf("%q %v\n", []rune("añ"), []rune("añ"))
	fmt.Printf("%s|%q\n", []byte("\xff\xfe"), "\xff")
	fmt.Printf("[%3c][%-3c][%03d]\n", 'ü', '日', 'a')
	fmt.Printf("%U %#U\n", []rune("hé"), '\u0000')
	fmt.Printf("[%6.3q]\n", "日本語です")
}
