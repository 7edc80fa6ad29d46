// go2c build -m
// []rune(s), string(runes) and string(r) allocate like other conversions.
package main

func countRunes(s string) int { // ERROR "^s does not escape$"
	r := []rune(s) // ERROR "^\(\[\]rune\)\(s\) does not escape$"
	return len(r)
}

func runesOut(s string) []rune { // ERROR "^s does not escape$"
	return []rune(s) // ERROR "^\(\[\]rune\)\(s\) escapes to heap$"
}

func fromRunes(r []rune) string { // ERROR "^r does not escape$"
	return string(r) // ERROR "^string\(r\) escapes to heap$"
}

func fromRune(r rune) string {
	return string(r) // ERROR "^string\(r\) escapes to heap$"
}

func runeLocal(r rune) int {
	s := string(r) // ERROR "^string\(r\) does not escape$"
	return len(s)
}

func main() {
	println(countRunes("héllo"), len(runesOut("ab")), fromRunes([]rune{'x'}), fromRune('y'), runeLocal('z')) // ERROR "^\[\]rune\{\.\.\.\} does not escape$"
}
