// panic and recover: argument counts, and recover's result used as a
// value of a concrete type.
package main

func main() {
	panic() // ERROR "invalid operation: not enough arguments for panic\(\) \(expected 1, found 0\)"
	panic(1, 2) // ERROR "invalid operation: too many arguments for panic\(1, 2\) \(expected 1, found 2\)"
	recover(1) // ERROR "invalid operation: too many arguments for recover\(1\) \(expected 0, found 1\)"
	var n int = recover() // ERROR "cannot use recover\(\) \(value of type interface\{\}\) as type int in variable declaration"
	x := panic("x") // ERROR "panic\(.x.\) \(no value\) used as value"
	_ = recover() + 1 // ERROR "invalid operation: recover\(\) \+ 1 \(mismatched types interface\{\} and int\)"
	defer recover()
	_, _ = n, x
}
