// A statement outside any function, left by an extra closing brace.
package main

func main() {
	x := 1
	if x > 0 {
	}}
} // ERROR "syntax error: non-declaration statement outside function body"
