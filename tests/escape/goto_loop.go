// go2c build -m
// A backward goto makes a loop: a variable declared before the label is
// assigned addresses of a variable declared after it, which then outlives
// its "iteration" and moves to the heap.
package main

func gotoLoop() int {
	i := 0
	var p *int
again:
	v := i // ERROR "^moved to heap: v$"
	p = &v
	i++
	if i < 3 {
		goto again
	}
	return *p
}

func forwardGoto(n int) int {
	x := n
	q := &x
	if n > 0 {
		goto done
	}
	*q = 0
done:
	return *q
}

func main() {
	println(gotoLoop(), forwardGoto(2))
}
