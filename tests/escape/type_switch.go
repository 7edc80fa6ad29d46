// go2c build -m
// A type switch binding reads the interface's data: binding a pointer type
// out of a leaking parameter leaks it to the result.
package main

func asPtr(v interface{}) *int { // ERROR "^leaking param: v to result ~r0 level=0$"
	switch x := v.(type) {
	case *int:
		return x
	}
	return nil
}

func size(v interface{}) int { // ERROR "^v does not escape$"
	switch x := v.(type) {
	case string:
		return len(x)
	case []int:
		return len(x)
	}
	return 0
}

func main() {
	n := 1
	println(*asPtr(&n), size("abc"), size([]int{1})) // ERROR `^"abc" does not escape$` "^\[\]int\{\.\.\.\} does not escape$" "^\[\]int\{\.\.\.\} does not escape$"
}
