// Unterminated string and rune literals. The annotations sit inside the
// broken literals, so they use back-quoted regexps (no '"' for the lexer).
package main

func main() {
	s := "abc // ERROR `newline in string`
	r := 'x // ERROR `newline in rune literal`
	_, _ = s, r
	t := `never closed // ERROR "string not terminated"
}
