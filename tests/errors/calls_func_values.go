// Functions are values: passed, stored, called through variables, compared
// only with nil, converted between types with identical underlying types.
package main

type handler func(int) int
type other func(string)

func double(x int) int { return 2 * x }

func apply(h handler, x int) int { return h(x) }

func main() {
	var g func(int) int = double
	h := handler(g)
	_ = apply(double, 1) + apply(h, 2) + h(3)
	_ = g == nil
	_ = g == h         // ERROR "invalid operation: g == h \(func can only be compared to nil\)"
	_ = other(h)       // ERROR "cannot convert h \(variable of type handler\) to type other"
	_ = apply(g, "x")  // ERROR "cannot use \x22x\x22 \(untyped string constant\) as int value in argument to apply"
	x := 1
	x()                // ERROR "invalid operation: cannot call non-function x \(variable of type int\)"
	var o other = h    // ERROR "cannot use h \(variable of type handler\) as type other in variable declaration"
	_ = o
}
