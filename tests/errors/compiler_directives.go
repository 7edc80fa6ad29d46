// Compiler directives gc knows must stand before what they apply to: a
// function's (//go:noinline, //go:nosplit ...) before a function
// declaration, //go:notinheap before a type that is not an alias.
// Unknown //go: comments are only comments.  (gc checks the directives a
// declaration took once the package is otherwise right: see
// compiler_directives_early.go for those it reports at once.)
package main

//go:noinline
func ok() {}

//go:nosplit
//go:noinline
func alsoOK() {}

//go:notinheap
type Heavy struct{ a [8]int }

//go:generate echo unknown directives are comments

//go:noinline // ERROR "misplaced compiler directive"
var v int

type (
	//go:notinheap
	Grouped int
	//go:noinline // ERROR "misplaced compiler directive"
	Other int
)

//go:notinheap // ERROR "misplaced compiler directive"
type Alias = int

func main() {
	//go:noinline // ERROR "misplaced compiler directive"
	const c = 2
	_ = c
	ok()
	alsoOK()
}
