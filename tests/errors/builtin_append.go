// append: the first argument must be a slice, the rest its elements, or
// one slice followed by ... .
package main

func main() {
	var s []int
	var a [3]int
	_ = append() // ERROR "invalid operation: not enough arguments for append\(\) \(expected 1, found 0\)"
	_ = append(a, 1) // ERROR "first argument to append must be a slice; have a \(variable of type \[3\]int\)"
	_ = append(s, "x") // ERROR "cannot use .x. \(untyped string constant\) as int value in argument to append"
	_ = append(s, s) // ERROR "cannot use s \(variable of type \[\]int\) as type int in argument to append"
	_ = append(s, s...)
	_ = append(s, 1, s...) // ERROR "too many arguments in call to append"
	_ = append([]byte{}, "abc"...)
	_ = append([]rune{}, "abc"...) // ERROR "cannot use .abc. \(untyped string constant\) as \[\]rune value in argument to append"
	append(s, 1) // ERROR "append\(s, 1\) \(value of type \[\]int\) is not used"
	var n int = append(s, 1) // ERROR "cannot use append\(s, 1\) \(value of type \[\]int\) as type int in variable declaration"
	_ = n
}
