// Unused variables in every position that declares one: :=, var, range,
// type switch, closures; assignments alone do not count as uses.
package main

import (
	"math" // ERROR "imported and not used: .math."
	"strings" // ERROR "imported and not used: .strings."
	m "math" // ERROR "imported and not used: .math. as m"
)

func main() {
	a := 1 // ERROR "a declared but not used"
	var b int // ERROR "b declared but not used"
	b = 2
	for i, v := range []int{1} { // ERROR "i declared but not used"
		_ = v
	}
	f := func() {
		c := 3 // ERROR "c declared but not used"
	}
	f()
	var x interface{} = 1
	switch y := x.(type) { // ERROR "y declared but not used"
	case int:
	}
}
