// A function or method declared without a body compiles only with assembly
// to supply it; building a package without any says so.
package main

type counter struct{ n int }

func external(x int) int // ERROR "missing function body"

func (c counter) get() int // ERROR "missing function body"

func main() {
	println(external(1), counter{}.get())
}
