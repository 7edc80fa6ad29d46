// go2c build -m
// A recursive function is analysed with its own summary: the parameter
// that only flows back to itself or to the result leaks to the result.
package main

type tree struct {
	left, right *tree
	val         int
}

func leftmost(t *tree) *tree { // ERROR "^leaking param: t to result ~r0 level=0$"
	if t.left == nil {
		return t
	}
	return leftmost(t.left)
}

func sum(t *tree) int { // ERROR "^t does not escape$"
	if t == nil {
		return 0
	}
	return t.val + sum(t.left) + sum(t.right)
}

func main() {
	a := tree{val: 1}
	b := tree{left: &a, val: 2}
	println(leftmost(&b).val, sum(&b))
}
