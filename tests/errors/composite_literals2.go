// Composite literals: elided types, invalid literal types and keys.
package main

type Point struct{ x, y int }
type T struct{ p Point }

func main() {
	_ = map[string]int{1} // ERROR "missing key in map literal"
	_ = int{1} // ERROR "invalid composite literal type int"
	_ = []int{{1}} // ERROR "invalid composite literal type int"
	_ = [2]int{1, 2, 3} // ERROR "index 2 is out of bounds \(>= 2\)"
	_ = T{p: {1, 2}} // ERROR "missing type in composite literal"
	_ = Point{1: 2} // ERROR "invalid field name 1 in struct literal"
	i := 1
	_ = []int{i: 1} // ERROR "index i must be integer constant"
	_ = []*Point{{1, 2}, &Point{3, 4}}
}
