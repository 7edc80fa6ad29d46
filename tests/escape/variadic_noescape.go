// go2c build -m
// The implicit slice of a ... call stays in the frame when the callee does
// not keep it.
package main

func sum(xs ...int) int { // ERROR "^xs does not escape$"
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func count(ps ...*int) int { // ERROR "^ps does not escape$"
	return len(ps)
}

func main() {
	a, b := 1, 2
	println(sum(1, 2, 3), sum(), count(&a, &b)) // ERROR "^\.\.\. argument does not escape$" "^\.\.\. argument does not escape$"
}
