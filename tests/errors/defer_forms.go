// defer: the call must not be a conversion, nor a builtin that only
// computes a value.
package main

func f() int { return 1 }

func main() {
	var s []int
	defer f()
	defer int(1) // ERROR "defer requires function call, not conversion int\(1\) \(constant 1 of type int\)"
	defer len(s) // ERROR "defer discards result of len\(s\) \(value of type int\)"
	defer append(s, 1) // ERROR "defer discards result of append\(s, 1\) \(value of type \[\]int\)"
	defer recover()
	defer panic(1)
	defer make([]int, 1) // ERROR "defer discards result of make\(\[\]int, 1\) \(value of type \[\]int\)"
	defer string(rune(65)) // ERROR "defer requires function call, not conversion string\(rune\(65\)\) \(constant .A. of type string\)"
}
