// go2c build -m=2
// -m=2: a struct that points at itself makes the flow path loop; the
// explanation stops at the first repeat and says so.
package main

type node struct {
	next *node
	val  int
}

var keep *node

func main() {
	var n node // ERROR "^n escapes to heap:$" "^  flow: n = &n:$" "^    from &n \(address-of\) at (\./)?m2_cycle\.go:15:11$" "^    from n.next = &n \(assign\) at (\./)?m2_cycle\.go:15:9$" "^  warning: truncated explanation due to assignment cycle; see golang.org/issue/35518$" "^moved to heap: n$"
	n.next = &n
	keep = n.next
	println(keep.val)
}
