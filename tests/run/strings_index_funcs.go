// Index, LastIndex, IndexByte, IndexRune, IndexAny, IndexFunc, Contains*, Count, HasPrefix/Suffix.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	s := "chicken and chips"
	fmt.Println(strings.Index(s, "ch"), strings.LastIndex(s, "ch"), strings.Index(s, "x"), strings.Index(s, ""))
	fmt.Println(strings.IndexByte(s, 'k'), strings.IndexRune("añb", 'b'), strings.IndexRune("abc", 'z'))
	fmt.Println(strings.IndexAny(s, "xyzn"), strings.LastIndexAny(s, "ch"), strings.IndexAny(s, ""))
	fmt.Println(strings.IndexFunc("abc123", unicode.IsDigit), strings.LastIndexFunc("a1b2c", unicode.IsLetter))
	fmt.Println(strings.Contains(s, "and"), strings.Contains(s, ""), strings.ContainsAny(s, "qz"), strings.ContainsRune(s, 'p'))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.Count("aaaa", "aa"))
	fmt.Println(strings.HasPrefix(s, "chick"), strings.HasSuffix(s, "chips"), strings.HasPrefix(s, ""), strings.HasSuffix("a", "ab"))
	fmt.Println(strings.Index("日本語", "語"), strings.IndexRune("日本語", '本'))
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))
	fmt.Println(strings.LastIndexByte("hello", 'l'), strings.LastIndex("go gopher", "go"), strings.LastIndex("x", ""))
}
