// go2c build -m=2
// -m=2 for new(T): the escaping one is explained, the other only reported.
package main

var g *int

func main() {
	g = new(int) // ERROR "^new\(int\) escapes to heap:$" "^  flow: \{heap\} = &\{storage for new\(int\)\}:$" "^    from new\(int\) \(spill\) at (\./)?m2_new\.go:8:9$" "^    from g = new\(int\) \(assign\) at (\./)?m2_new\.go:8:4$" "^new\(int\) escapes to heap$"
	p := new(int) // ERROR "^new\(int\) does not escape$"
	*p = 1
}
