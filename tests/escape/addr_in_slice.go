// go2c build -m
// An address stored in a slice element: a parameter slice's backing array
// is somewhere unknown (heap), a local slice literal's is not.
package main

func storeInParamSlice(s []*int) { // ERROR "^s does not escape$"
	x := 1 // ERROR "^moved to heap: x$"
	s[0] = &x
}

func storeInLocalSlice() int {
	y := 2 // ERROR "^moved to heap: y$"
	s := []*int{nil, nil} // ERROR "^\[\]\*int\{\.\.\.\} does not escape$"
	s[1] = &y
	return *s[1]
}

func main() {
	s := make([]*int, 1) // ERROR "^make\(\[\]\*int, 1\) does not escape$"
	storeInParamSlice(s)
	println(*s[0], storeInLocalSlice())
}
