// go2c build -m
// An array of pointers is one location: leaking one element leaks the
// addresses stored in all of them.
package main

var sink *int

func arrayLeak() {
	a, b := 1, 2 // ERROR "^moved to heap: a$" "^moved to heap: b$"
	arr := [2]*int{&a, &b}
	sink = arr[0]
}

func arrayLocal() int {
	c, d := 3, 4
	arr := [2]*int{&c, &d}
	return *arr[0] + *arr[1]
}

func main() {
	arrayLeak()
	println(arrayLocal(), *sink)
}
