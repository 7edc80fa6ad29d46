// go2c build -m
// Most strings functions do not keep their arguments; those that may
// return the argument itself (TrimSpace, ToUpper) leak it to the result, and
// Split, whose substrings go into a new slice, leaks it to the heap.
package main

import "strings"

func has(s, sub string) bool { // ERROR "^s does not escape$" "^sub does not escape$"
	return strings.Contains(s, sub) && strings.Index(s, sub) >= 0
}

func trimmed(s string) string { // ERROR "^leaking param: s to result ~r0 level=0$"
	return strings.TrimSpace(s)
}

func upper(s string) string { // ERROR "^leaking param: s to result ~r0 level=0$"
	return strings.ToUpper(s)
}

func parts(s string) int { // ERROR "^leaking param: s$"
	return len(strings.Split(s, ","))
}

func build(words []string) string { // ERROR "^words does not escape$"
	var b strings.Builder
	for _, w := range words {
		b.WriteString(w)
	}
	return b.String()
}

func main() {
	println(has("abc", "b"), trimmed(" x "), upper("y"), parts("a,b"), build([]string{"p", "q"})) // ERROR "^\[\]string\{\.\.\.\} does not escape$"
}
