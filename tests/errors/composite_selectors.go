// Selectors of struct fields, promoted fields and ambiguous ones; indexing.
package main

type Point struct{ x, y int }
type A struct{ f int }
type B struct{ f int }
type C struct {
	A
	B
}

func f() Point { return Point{} }

func main() {
	var c C
	_ = c.f // ERROR "ambiguous selector c\.f"
	_ = c.g // ERROR "c\.g undefined \(type C has no field or method g\)"
	var q *Point
	_ = q.z // ERROR "q\.z undefined \(type \*Point has no field or method z\)"
	f().x = 1 // ERROR "cannot assign to f\(\)\.x \(value of type int\)"
	m := map[int]Point{}
	m[1].x = 2 // ERROR "cannot assign to struct field m\[1\]\.x in map"
	var i int
	_ = i[0] // ERROR "invalid operation: cannot index i \(variable of type int\)"
	_ = Point{}[0] // ERROR "invalid operation: cannot index Point\{\} \(value of type Point\)"
}
