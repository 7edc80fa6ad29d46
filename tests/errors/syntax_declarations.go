// Syntax errors in declarations at package level.
package main

func params(a int b int) { // ERROR "syntax error: unexpected b in parameter list; possibly missing comma or \)"
}

const = 1 // ERROR "syntax error: unexpected =, expecting name"

func main() {
}
