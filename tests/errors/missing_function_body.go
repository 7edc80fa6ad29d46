// A function declared without a body compiles only with assembly to
// supply it; building a package without any says so.
package main

func external(x int) int // ERROR "missing function body"

func main() {
	println(external(1))
}
