// go2c build -m=2
// -m=2 explains why x moves to the heap: the flow from &x to the result.
package main

func f() *int {
	x := 1 // ERROR "^x escapes to heap:$" "^  flow: ~r0 = &x:$" "^    from &x \(address-of\) at (\./)?m2_return_addr\.go:7:9$" "^    from return &x \(return\) at (\./)?m2_return_addr\.go:7:2$" "^moved to heap: x$"
	return &x
}

func main() {
	println(*f())
}
