// go2c build -m
// Pointer-shaped values (pointers, maps, funcs) need no box when converted
// to an interface: gc reports the pointed-to data, never the conversion.
package main

var sink interface{}

type thing struct{ n int }

func main() {
	t := &thing{1} // ERROR "^&thing\{\.\.\.\} escapes to heap$"
	sink = t
	m := map[int]int{} // ERROR "^map\[int\]int\{\} escapes to heap$"
	sink = m
	var f func()
	sink = f
	var u thing // ERROR "^moved to heap: u$"
	sink = &u
}
