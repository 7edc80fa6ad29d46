// The directive errors gc reports while parsing: a directive after code
// on its line, one before a statement, one only the runtime may use.
// (Those are reported at once; a declaration's misplaced directives only
// when nothing else is wrong: compiler_directives.go.)
package main

//go:systemstack // ERROR "//go:systemstack only allowed in runtime"
func system() {}

func main() {
	x := 1 //go:noinline // ERROR "misplaced compiler directive"
	//go:nosplit // ERROR "misplaced compiler directive"
	x++
	system()
}
