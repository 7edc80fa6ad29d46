// constbox.go — lab 5's test program: constants converted to interfaces in
// a loop.  Each conversion needs a box (the value the interface's data word
// points to); for a constant, the box's contents never change, so one
// read-only box per conversion site is enough — no allocation at all.
package main

import "fmt"

var sink any

func main() {
	n := 0
	for i := 0; i < 1000; i++ {
		sink = "constant"
		if s, ok := sink.(string); ok && s == "constant" {
			n++
		}
		sink = 42
		n += sink.(int)
		sink = 2.5
	}
	fmt.Println(n, sink)
}
