// go2c build -m
// Map entries are heap storage: an address stored as a map value escapes
// even when the map itself does not.
package main

func storeInMap() int {
	x := 7 // ERROR "^moved to heap: x$"
	m := map[string]*int{} // ERROR "^map\[string\]\*int\{\} does not escape$"
	m["x"] = &x
	return *m["x"]
}

func storeInParamMap(m map[int]*int) { // ERROR "^m does not escape$"
	y := 8 // ERROR "^moved to heap: y$"
	m[1] = &y
}

func main() {
	m := make(map[int]*int) // ERROR "^make\(map\[int\]\*int\) does not escape$"
	storeInParamMap(m)
	println(storeInMap(), *m[1])
}
