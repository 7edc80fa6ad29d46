// Indices and slice expressions with constant bounds.
package main

func main() {
	a := [3]int{}
	_ = a[5] // ERROR "invalid argument: index 5 out of bounds \[0:3\]"
	_ = a[1:5] // ERROR "invalid argument: index 5 out of bounds \[0:4\]"
	_ = a[2:1] // ERROR "invalid slice indices: 1 < 2"
	s := "abc"
	_ = s[1:2:3] // ERROR "invalid operation: 3-index slice of string"
	m := map[int]int{}
	_ = m[1:2] // ERROR "invalid operation: cannot slice m \(variable of type map\[int\]int\)"
	_ = m["a"] // ERROR "cannot use \x22a\x22 \(untyped string constant\) as int value in map index"
	_ = [...]int{1, 2, 3}[1:] // ERROR "invalid operation: \[\.\.\.\]int\{…\} \(value of type \[3\]int\) \(slice of unaddressable value\)"
}
