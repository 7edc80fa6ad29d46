// The builtins check their arguments: their number, and what each must be.
package main

func main() {
	var s []int
	var m map[string]int
	_ = append()       // ERROR "invalid operation: not enough arguments for append\(\) \(expected 1, found 0\)"
	_ = append(1, 2)   // ERROR "first argument to append must be a slice; have 1 \(untyped int constant\)"
	_ = append(s, "a") // ERROR "cannot use \x22a\x22 \(untyped string constant\) as int value in argument to append"
	_ = copy(s, 1)     // ERROR "invalid argument: copy expects slice arguments; found s \(variable of type \[\]int\) and 1 \(untyped int constant\)"
	delete(m, 1)       // ERROR "cannot use 1 \(untyped int constant\) as string value in argument to delete"
	delete(s, 1)       // ERROR "invalid argument: s \(variable of type \[\]int\) is not a map"
	_ = new(int, 2)    // ERROR "invalid operation: too many arguments for new\(int, 2\) \(expected 1, found 2\)"
	print(nil)         // ERROR "use of untyped nil in argument to print"
}
