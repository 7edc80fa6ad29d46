// go2c build -m
// A local slice grown with append: the growth goes to the heap anyway, but
// the initial literal stays in the frame when nothing escapes.
package main

func collect(n int) int {
	s := []int{0} // ERROR "^\[\]int\{\.\.\.\} does not escape$"
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	return len(s)
}

func collectStrings(a, b string) int { // ERROR "^leaking param: a$" "^leaking param: b$"
	var out []string
	out = append(out, a, b)
	return len(out)
}

func main() {
	println(collect(5), collectStrings("a", "b"))
}
