// go2c build -m=2
// -m=2 for a value converted to an interface and stored globally.
package main

var sink interface{}

func main() {
	n := 5
	sink = n // ERROR "^n escapes to heap:$" "^  flow: \{heap\} = &\{storage for n\}:$" "^    from n \(spill\) at (\./)?m2_iface\.go:9:2$" "^    from sink = n \(assign\) at (\./)?m2_iface\.go:9:7$" "^n escapes to heap$"
}
