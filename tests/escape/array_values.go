// go2c build -m
// Arrays of values are copied like structs: returning one allocates
// nothing, and an array literal is not an allocation site.
package main

func triple() [3]int {
	return [3]int{1, 2, 3}
}

func sum(a [3]int) int {
	return a[0] + a[1] + a[2]
}

func addrOfElem() *int {
	var a [3]int // ERROR "^moved to heap: a$"
	return &a[1]
}

func main() {
	println(sum(triple()), *addrOfElem())
}
