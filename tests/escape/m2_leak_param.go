// go2c build -m=2
// -m=2: a parameter stored in a global leaks; the explanation names the
// parameter's flow to {heap}, and a caller's variable moves to the heap
// through the call.
package main

var g *int

func keep(p *int) { // ERROR "^parameter p leaks to \{heap\} with derefs=0:$" "^  flow: \{heap\} = p:$" "^    from g = p \(assign\) at (\./)?m2_leak_param\.go:10:4$" "^leaking param: p$"
	g = p
}

func main() {
	x := 3 // ERROR "^x escapes to heap:$" "^  flow: \{heap\} = &x:$" "^    from &x \(address-of\) at (\./)?m2_leak_param\.go:15:7$" "^    from keep\(&x\) \(call parameter\) at (\./)?m2_leak_param\.go:15:6$" "^moved to heap: x$"
	keep(&x)
}
