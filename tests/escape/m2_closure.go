// go2c build -m=2
// -m=2 for a closure that escapes and the variable it captures by
// reference.
package main

func counter() func() int {
	n := 0 // ERROR "^counter capturing by ref: n \(addr=false assign=true width=8\)$" "^n escapes to heap:$" "^  flow: \{storage for func literal\} = &n:$" "^    from n \(captured by a closure\) at (\./)?m2_closure\.go:9:3$" "^    from n \(reference\) at (\./)?m2_closure\.go:9:3$" "^moved to heap: n$"
	return func() int { // ERROR "^func literal escapes to heap:$" "^  flow: ~r0 = &\{storage for func literal\}:$" "^    from func literal \(spill\) at (\./)?m2_closure\.go:8:9$" "^    from return func literal \(return\) at (\./)?m2_closure\.go:8:2$" "^func literal escapes to heap$"
		n++
		return n
	}
}

func main() {
	println(counter()())
}
