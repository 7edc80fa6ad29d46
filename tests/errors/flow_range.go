// Range loops: what may be ranged over, and the iteration variables'
// types.
package main

func main() {
	n := 3
	for i := range n { // ERROR "cannot range over n \(variable of type int\)"
		_ = i
	}
	var s string // ERROR "s declared but not used"
	var f float64
	var xs []int
	for s = range xs { // ERROR "cannot use s \(value of type int\) as type string in assignment"
	}
	for _, f = range "ab" { // ERROR "cannot use f \(value of type rune\) as type float64 in assignment"
	}
	var q *[]int
	for range q { // ERROR "cannot range over q \(variable of type \*\[\]int\)"
	}
	for x := range 1.5 { // ERROR "cannot range over 1.5 \(untyped float constant\)"
	}
	_ = f
}
