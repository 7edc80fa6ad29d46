package main

// u reaches the heap through p by two statements: the failed assertion
// names both, since changing one alone would not keep u on the stack.
type T struct{ a, b int }

var keep, also *T

func bad() int {
	u := T{3, 4} //go2c:stack u
	p := &u
	keep = p
	also = p
	return u.b
}

func main() { println(bad()) }
