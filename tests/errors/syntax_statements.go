// Syntax errors inside statements, one per function so that each error's
// recovery ends at the function's closing brace.
package main

func elseOnNewLine(x int) {
	if x == 1 {
	}
	else { // ERROR "syntax error: unexpected else, expecting }"
	}
}

func incAsExpr(x int) {
	x++ = 2 // ERROR "syntax error: unexpected = at end of statement"
}

func shortVarAsCond() {
	if y := 1 { // ERROR "syntax error: cannot use y := 1 as value"
	}
}

func caseWithoutColon(x int) {
	switch x {
	case 1:
	case 2 // ERROR "syntax error: unexpected newline, expecting :"
	}
}

func elseWithoutBlock(x int) {
	if x == 1 {
		println(1)
	} else println(2) // ERROR "syntax error: else must be followed by if or statement block"
}

func varWithoutName() {
	var = 5 // ERROR "syntax error: unexpected =, expecting name"
}

func main() {
}
