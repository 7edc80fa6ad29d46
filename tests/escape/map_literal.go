// go2c build -m
// Map literals and make(map): the map header and buckets escape when the
// map does, and stay in the frame when the map is local.
package main

var registry map[string]int

func localMap() int {
	m := map[string]int{"a": 1, "b": 2} // ERROR "^map\[string\]int\{\.\.\.\} does not escape$"
	return m["a"]
}

func returnedMap() map[int]bool {
	return map[int]bool{1: true} // ERROR "^map\[int\]bool\{\.\.\.\} escapes to heap$"
}

func storedMap() {
	registry = make(map[string]int) // ERROR "^make\(map\[string\]int\) escapes to heap$"
}

func sizedLocal(n int) int {
	m := make(map[int]int, n) // ERROR "^make\(map\[int\]int, n\) does not escape$"
	m[1] = n
	return len(m)
}

func main() {
	storedMap()
	println(localMap(), returnedMap()[1], len(registry), sizedLocal(3))
}
