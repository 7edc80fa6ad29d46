// go2c build -m
// The address of a local stored in a package variable escapes: globals
// live for the whole run.
package main

var global *int

type holder struct{ p *int }

var globalHolder holder

func storeInGlobal() {
	x := 1 // ERROR "^moved to heap: x$"
	global = &x
}

func storeInGlobalField() {
	y := 2 // ERROR "^moved to heap: y$"
	globalHolder.p = &y
}

func main() {
	storeInGlobal()
	storeInGlobalField()
	println(*global + *globalHolder.p)
}
