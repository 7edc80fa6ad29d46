// := must declare at least one new variable on its left side.
package main

func pair() (int, int) {
	return 1, 2
}

func main() {
	a := 1
	a := 2       // ERROR "no new variables on left side of :="
	a, b := 3, 4 // fine: b is new
	a, b := pair() // ERROR "no new variables on left side of :="
	_, _ := 5, 6 // ERROR "no new variables on left side of :="
	c, c := 7, 8 // ERROR "c repeated on left side of :=" "c declared but not used"
	1 := 2       // ERROR "non-name 1 on left side of :="
	_, _ = a, b
}
