// go2c build -m
// bytes and unicode/utf8 functions read their arguments without keeping
// them; a local bytes.Buffer written to and measured stays in the frame.
package main

import (
	"bytes"
	"unicode/utf8"
)

func firstRune(b []byte) (rune, int) { // ERROR "^b does not escape$"
	return utf8.DecodeRune(b)
}

func count(s string) int { // ERROR "^s does not escape$"
	return utf8.RuneCountInString(s)
}

func same(a, b []byte) bool { // ERROR "^a does not escape$" "^b does not escape$"
	return bytes.Equal(a, b)
}

func joinAll(parts [][]byte) int { // ERROR "^parts does not escape$"
	var buf bytes.Buffer
	for _, p := range parts {
		buf.Write(p)
	}
	return buf.Len()
}

func main() {
	r, n := firstRune([]byte("é")) // ERROR `^\(\[\]byte\)\("é"\) does not escape$`
	println(r, n, count("héllo"), same([]byte("a"), []byte("a")), joinAll([][]byte{[]byte("x")})) // ERROR `^\(\[\]byte\)\("a"\) does not escape$` `^\(\[\]byte\)\("a"\) does not escape$` "^\[\]\[\]byte\{\.\.\.\} does not escape$" `^\(\[\]byte\)\("x"\) does not escape$`
}
