// Syntax errors inside expressions, one per function.
package main

func missingOperand(x int) {
	x = 1 +
} // ERROR "syntax error: unexpected }, expecting expression"

func missingComma() {
	println("a" "b") // ERROR "syntax error: unexpected literal \x22b\x22 in argument list; possibly missing comma or \)"
}

func doubleComma() {
	println(1,, 2) // ERROR "syntax error: unexpected comma, expecting expression"
}

func strayParen(x int) {
	x = ) // ERROR "syntax error: unexpected \), expecting expression"
}

func doubleAssign(x int) {
	x += += 1 // ERROR "syntax error: unexpected \+=, expecting expression"
}

func main() {
}
