// The blank identifier is no value (and a blank field cannot be selected);
// a built-in function must be called; a type is not an expression.
package main

var t struct {
	_ int
}

type I interface{ M() }

func main() {
	_()      // ERROR "cannot use _ as value or type"
	x := _ + 1 // ERROR "cannot use _ as value or type"
	_ = t._  // ERROR "t._ undefined \(type struct{_ int} has no field or method _\)"
	new = 1  // ERROR "new \(built-in\) must be called"
	f := len // ERROR "len \(built-in\) must be called"
	println = nil // ERROR "println \(built-in\) must be called"
	(I)      // ERROR "\(I\) \(type\) is not an expression"
	int      // ERROR "int \(type\) is not an expression"
	_, _ = x, f
}
