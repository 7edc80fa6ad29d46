// go2c build -m
// Slicing and indexing strings never allocates: only leaks through the
// results are reported.
package main

func firstWord(s string) string { // ERROR "^leaking param: s to result ~r0 level=0$"
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' {
			return s[:i]
		}
	}
	return s
}

func lastByte(s string) byte { // ERROR "^s does not escape$"
	return s[len(s)-1]
}

func main() {
	println(firstWord("hello world"), lastByte("abc"))
}
