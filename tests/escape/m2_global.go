// go2c build -m=2
// -m=2: an address assigned to a global flows to {heap}.
package main

var g *int

func main() {
	y := 2 // ERROR "^y escapes to heap:$" "^  flow: \{heap\} = &y:$" "^    from &y \(address-of\) at (\./)?m2_global\.go:9:6$" "^    from g = &y \(assign\) at (\./)?m2_global\.go:9:4$" "^moved to heap: y$"
	g = &y
	println(*g)
}
