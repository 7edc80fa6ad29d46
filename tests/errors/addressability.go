// & and assignment need addressable operands (or map index expressions
// for assignment): not constants, calls, map elements or string bytes.
package main

type P struct{ x int }

func get() P { return P{} }

const k = 1

func main() {
	m := map[string]P{}
	s := "abc"
	_ = &k // ERROR "invalid operation: cannot take address of k \(untyped int constant 1\)"
	_ = &get() // ERROR "invalid operation: cannot take address of get\(\) \(value of type P\)"
	_ = &m["a"] // ERROR "invalid operation: cannot take address of m\[.a.\] \(map index expression of type P\)"
	_ = &s[0] // ERROR "invalid operation: cannot take address of s\[0\] \(value of type byte\)"
	m["a"].x = 1 // ERROR "cannot assign to struct field m\[.a.\]\.x in map"
	get().x = 2 // ERROR "cannot assign to get\(\)\.x \(value of type int\)"
	s[0] = 'x' // ERROR "cannot assign to s\[0\] \(value of type byte\)"
	k = 2 // ERROR "cannot assign to k \(untyped int constant 1\)"
	_ = &P{}
}
