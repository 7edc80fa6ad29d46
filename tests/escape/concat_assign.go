// go2c build -m
// out += s is not reported as a concatenation site by gc: the operands
// flow into out (the result may be one of them when the other is empty),
// so the parameter s leaks to the result.
package main

func repeat(s string, n int) string { // ERROR "^leaking param: s to result ~r0 level=0$"
	out := ""
	for i := 0; i < n; i++ {
		out += s
	}
	return out
}

func main() {
	println(repeat("ab", 3))
}
