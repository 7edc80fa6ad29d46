// go2c build -m
// &T{...}: escapes when returned or stored in a global, stays on the stack
// when only used locally.
package main

type point struct{ x, y int }

var origin *point

func newPoint(x, y int) *point {
	return &point{x, y} // ERROR "^&point\{\.\.\.\} escapes to heap$"
}

func setOrigin() {
	origin = &point{} // ERROR "^&point\{\} escapes to heap$"
}

func localPoint() int {
	p := &point{1, 2} // ERROR "^&point\{\.\.\.\} does not escape$"
	return p.x + p.y
}

func main() {
	setOrigin()
	println(newPoint(1, 2).y, localPoint(), origin.x)
}
