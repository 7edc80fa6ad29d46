// Every local variable must be used; assigning to it is not a use.
package main

func f() int {
	a := 1       // ERROR "a declared but not used"
	var b int    // ERROR "b declared but not used"
	c, d := 2, 3 // ERROR "d declared but not used"
	c++
	e := 4            // ERROR "e declared but not used"
	e = 5             // assigning is not using
	if g := 1; true { // ERROR "g declared but not used"
	}
	return c
}

func main() {
	x := 1 // ERROR "x declared but not used"
	f()
	for i := 0; i < 3; i++ {
		v := i // ERROR "v declared but not used"
	}
}
