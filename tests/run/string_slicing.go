// String slicing, indexing bytes, concatenation, comparison operators and immutability semantics.
package main

import "fmt"

func main() {
	s := "Hello, 世界!"
	fmt.Println(s[0:5], s[7:], s[:5]+s[12:], len(s[7:10]))
	fmt.Println(s[7:10], s[7:8] == "\xe4")
	fmt.Printf("%q\n", s[8:10])
	t := s
	t += "?"
	fmt.Println(s, t)
	fmt.Println("abc" < "abd", "ab" < "abc", "B" < "a", "" < "a", "é" > "z")
	fmt.Println("go" == "g"+"o", "Go" != "go")
	parts := ""
	for i := 0; i < len(s); i += 4 {
		end := i + 4
		if end > len(s) {
			end = len(s)
		}
		parts += "[" + s[i:end] + "]"
	}
	fmt.Printf("%q\n", parts)
	var empty string
	fmt.Println(len(empty), empty == "", empty[0:0] == "")
	sub := s[2:]
	sub2 := sub[1:3]
	fmt.Println(sub2, len(sub))
	b := s[1]
	fmt.Println(b, string(b), s[len(s)-1])
	multi := `raw
string\n`
	fmt.Println(len(multi), multi)
}
