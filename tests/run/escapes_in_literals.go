// Escape sequences in interpreted string and rune literals; raw strings keep backslashes.
package main

import "fmt"

func main() {
	fmt.Println("tab:\t|newline escaped as \\n|quote:\"|")
	fmt.Printf("%q\n", "\a\b\f\n\r\t\v\\\"")
	fmt.Println(len("\a\b\f\n\r\t\v\\\""))
	fmt.Println("\x48\x49 \110\111 \u0048\U00000049")
	fmt.Println('\a', '\b', '\f', '\n', '\r', '\t', '\v', '\\', '\'', '"')
	fmt.Println('\000', '\377', '\x7f', '\u12e4', '\U00101234')
	fmt.Println(`raw \n \t "quotes" stay`)
	fmt.Println(len(`\n`), len("\n"))
	raw := `line one
line two`
	fmt.Println(raw, len(raw))
	fmt.Printf("%q\n", `a\b`)
	fmt.Println("\xe4\xb8\x96" == "世", "\u4e16" == "世")
	fmt.Println("'", '"', "\"", "`")
	twoLines := `a
b`
	fmt.Println(len(twoLines))
}
