// go2c build -m
// An address assigned, inside a loop, to a variable declared outside the
// loop outlives the iteration: the loop-scoped variable moves to the heap.
// The same assignment inside the iteration's own scope does not.
package main

func lastPtr(n int) int {
	var p *int
	for i := 0; i < n; i++ {
		v := i * 2 // ERROR "^moved to heap: v$"
		p = &v
	}
	if p == nil {
		return -1
	}
	return *p
}

func insideOnly(n int) int {
	t := 0
	for i := 0; i < n; i++ {
		v := i * 2
		q := &v
		t += *q
	}
	return t
}

func main() {
	println(lastPtr(3), insideOnly(3))
}
