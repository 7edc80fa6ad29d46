// go2c build -m
// A value stored in a global interface escapes; a local interface that is
// only type-switched on does not.
package main

var anything interface{}

type small struct{ x, y int }

func setGlobal(v small) {
	anything = v // ERROR "^v escapes to heap$"
}

func describe(n int) string {
	var i interface{} = n // ERROR "^n does not escape$"
	switch i.(type) {
	case int:
		return "int"
	}
	return "other"
}

func main() {
	setGlobal(small{1, 2})
	println(describe(4), anything != nil)
}
