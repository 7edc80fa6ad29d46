// go2c build -m=2
// -m=2 for a parameter that leaks only to the result, and one that does
// not escape.
package main

func id(p *int, q *int) *int { // ERROR "^parameter p leaks to ~r0 with derefs=0:$" "^  flow: ~r0 = p:$" "^    from return p \(return\) at (\./)?m2_leak_result\.go:8:2$" "^leaking param: p to result ~r0 level=0$" "^q does not escape$"
	_ = *q
	return p
}

func main() {
	a, b := 1, 2
	println(*id(&a, &b))
}
