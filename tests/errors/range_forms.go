// range loops: what can be ranged over (not ints or floats in Go 1.19,
// nor pointers to slices), and the iteration variables' types.
package main

func main() {
	n := 5
	var f float64
	var p *[3]int
	var q *[]int
	m := map[string]bool{}
	for i := range n { // ERROR "cannot range over n \(variable of type int\)"
	}
	for range f { // ERROR "cannot range over f \(variable of type float64\)"
	}
	for range p {
	}
	for range q { // ERROR "cannot range over q \(variable of type \*\[\]int\)"
	}
	for i, c := range "abc" {
		var s string = c // ERROR "cannot use c \(variable of type rune\) as type string in variable declaration"
		_, _ = i, s
	}
	for k := range m {
		var i int = k // ERROR "cannot use k \(variable of type string\) as type int in variable declaration"
		_ = i
	}
	var a, b int
	for a, b = range m { // ERROR "cannot use a \(value of type string\) as type int in assignment" "cannot use b \(value of type bool\) as type int in assignment"
	}
	for _, v := range p {
		var s string = v // ERROR "cannot use v \(variable of type int\) as type string in variable declaration"
		_ = s
	}
	_, _ = a, b
}
