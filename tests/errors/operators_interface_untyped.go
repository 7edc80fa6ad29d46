// Untyped constants beside interfaces: an empty interface gives them their
// default type (and == compares), an interface with methods takes none;
// beside pointers and slices they do not convert.
package main

type I interface{ M() }

func main() {
	var e interface{}
	var i I
	_ = e + 1 // ERROR "invalid operation: e \+ 1 \(mismatched types interface\{\} and int\)"
	_ = i + 1 // ERROR "cannot convert 1 \(untyped int constant\) to interface\{M\(\)\}"
	_ = i == 1 // ERROR "cannot convert 1 \(untyped int constant\) to interface\{M\(\)\}"
	_ = e == 1
	_ = e == "a"
	_ = 1.5 - e // ERROR "invalid operation: 1\.5 - e \(mismatched types float64 and interface\{\}\)"
	_ = e == 1.5
	_ = e != "a"
	_ = e * e // ERROR "invalid operation: operator \* not defined on e \(variable of type interface\{\}\)"
}

func f() {
	var p *int
	var s []int
	var i I // ERROR "i declared but not used"
	_ = p == 1 // ERROR "cannot convert 1 \(untyped int constant\) to \*int"
	_ = s == 1 // ERROR "cannot convert 1 \(untyped int constant\) to \[\]int"
	_ = s == "a" // ERROR "invalid operation: s == .a. \(mismatched types \[\]int and untyped string\)"
}
