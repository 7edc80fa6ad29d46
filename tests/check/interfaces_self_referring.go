// Interfaces that refer to themselves through an unnamed interface, and
// comparisons between them: the type checker must not recurse forever.
package main

type Left interface {
	Next() interface{ Left }
}

type Right interface {
	Next() interface{ Right }
}

var left Left
var right Right

func same() bool {
	return left == right
}

func main() {
	_ = same()
}
