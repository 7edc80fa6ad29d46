// &x needs an addressable operand; nil only where a type has it.
package main

func main() {
	_ = &1 // ERROR "invalid operation: cannot take address of 1 \(untyped int constant\)"
	m := map[int]int{}
	_ = &m[1] // ERROR "invalid operation: cannot take address of m\[1\] \(map index expression of type int\)"
	_ = nil // ERROR "use of untyped nil in assignment to _ identifier"
	var x int = nil // ERROR "cannot use nil as int value in variable declaration"
	var y = nil // ERROR "use of untyped nil in variable declaration"
	_ = len(5) // ERROR "invalid argument: 5 \(untyped int constant\) for len"
	_ = cap(m) // ERROR "invalid argument: m \(variable of type map\[int\]int\) for cap"
	_, _ = x, y
}
