// Statements in switch and select clauses that do not end, labels that
// label nothing, and headers gc's parser rejects.
package main

func main() {
	x := 1
	switch x {
	case 1:
		x++ case 2: // ERROR "syntax error: unexpected case at end of statement"
	case 3:
	L: // ERROR "syntax error: missing statement after label"
	default:
		x-- default: // ERROR "syntax error: unexpected default at end of statement"
	}
	if var y = 1; y > 0 { // ERROR "syntax error: var declaration not allowed in if initializer"
	}
	for i := 0; { // ERROR "syntax error: unexpected {, expecting for loop condition"
	}
}
