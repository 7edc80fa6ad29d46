// Composite literals: struct fields by name and by position, keys and
// indices of maps, arrays and slices.
package main

type Point struct{ x, y int }

func main() {
	_ = Point{x: 1, z: 2} // ERROR "unknown field 'z' in struct literal of type Point"
	_ = Point{1} // ERROR "too few values in Point\{…\}"
	_ = Point{x: 1, 2} // ERROR "mixture of field:value and value elements in struct literal"
	_ = Point{1, 2, 3} // ERROR "too many values in Point\{…\}"
	_ = Point{x: 1, x: 2} // ERROR "duplicate field name x in struct literal"
	_ = map[string]int{"a": 1, "a": 2} // ERROR "duplicate key \x22a\x22 in map literal"
	_ = []int{0: 1, 0: 2} // ERROR "duplicate index 0 in array or slice literal"
	_ = [3]int{5: 1} // ERROR "invalid argument: index 5 out of bounds \[0:3\]"
}
