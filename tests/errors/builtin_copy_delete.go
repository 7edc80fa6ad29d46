// copy and delete: argument counts and types.
package main

func main() {
	var s, t []int
	var f []float64
	var m map[string]int
	var a [4]int
	_ = copy(s, t)
	_ = copy(s) // ERROR "invalid operation: not enough arguments for copy\(s\) \(expected 2, found 1\)"
	_ = copy(s, f) // ERROR "invalid argument: arguments to copy s \(variable of type \[\]int\) and f \(variable of type \[\]float64\) have different element types int and float64"
	_ = copy(a, s) // ERROR "invalid argument: copy expects slice arguments; found a \(variable of type \[4\]int\) and s \(variable of type \[\]int\)"
	_ = copy([]byte{}, "abc")
	_ = copy(s, "abc") // ERROR "invalid argument: arguments to copy s \(variable of type \[\]int\) and .abc. \(untyped string constant\) have different element types int and byte"
	delete(m, "a")
	delete(m, 1) // ERROR "cannot use 1 \(untyped int constant\) as string value in argument to delete"
	delete(s, 0) // ERROR "invalid argument: s \(variable of type \[\]int\) is not a map"
	delete(m) // ERROR "invalid operation: not enough arguments for delete\(m\) \(expected 2, found 1\)"
}
