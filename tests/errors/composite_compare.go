// Comparison of composite values: slices, maps and funcs only with nil.
package main

type Point struct{ x, y int }
type S struct{ s []int }

func g() {}

func main() {
	var p, q *Point
	var s1, s2 S
	_ = s1 == s2 // ERROR "invalid operation: s1 == s2 \(struct containing \[\]int cannot be compared\)"
	_ = g == g // ERROR "invalid operation: g == g \(func can only be compared to nil\)"
	m := map[int]int{}
	_ = m == m // ERROR "invalid operation: m == m \(map can only be compared to nil\)"
	_ = p == 1 // ERROR "cannot convert 1 \(untyped int constant\) to \*Point"
	_ = 1 == nil // ERROR "invalid operation: 1 == nil \(mismatched types untyped int and untyped nil\)"
	_ = nil == nil // ERROR "invalid operation: nil == nil \(operator == not defined on untyped nil\)"
	_ = p < q // ERROR "invalid operation: p < q \(operator < not defined on pointer\)"
	var arr [2][]int
	_ = arr == arr // ERROR "invalid operation: arr == arr \(\[2\]\[\]int cannot be compared\)"
}
