// Strings support + and comparisons only; other operators and assignments to bytes fail.
package main

func main() {
	s := "abc"
	t := "def"
	_ = s - t    // ERROR "invalid operation: operator - not defined on s \(variable of type string\)"
	_ = s * 2    // ERROR "invalid operation: s \* 2 \(mismatched types string and untyped int\)"
	_ = -s       // ERROR "invalid operation: operator - not defined on s \(variable of type string\)"
	s[0] = 'x'   // ERROR "cannot assign to s\[0\] \(value of type byte\)"
	s++          // ERROR "invalid operation: s\+\+ \(non-numeric type string\)"
	_ = s & t    // ERROR "invalid operation: operator & not defined on s \(variable of type string\)"
	_ = s[1.5]   // ERROR "1.5 \(untyped float constant\) truncated to int"
	_ = "abc"[5] // ERROR "invalid argument: index 5 out of bounds \[0:3\]"
	_ = s[-1]    // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
}
