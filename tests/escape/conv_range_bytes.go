// go2c build -m
// Ranging over []byte(s) or a string built from bytes needs no escaping
// copy.
package main

func sumBytes(s string) int { // ERROR "^s does not escape$"
	t := 0
	for _, c := range []byte(s) { // ERROR "^\(\[\]byte\)\(s\) does not escape$"
		t += int(c)
	}
	return t
}

func lookup(m map[string]int, b []byte) int { // ERROR "^m does not escape$" "^b does not escape$"
	return m[string(b)] // ERROR "^string\(b\) does not escape$"
}

func main() {
	m := map[string]int{"k": 9} // ERROR "^map\[string\]int\{\.\.\.\} does not escape$"
	println(sumBytes("ab"), lookup(m, []byte("k"))) // ERROR `^\(\[\]byte\)\("k"\) does not escape$`
}
