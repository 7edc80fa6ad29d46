// Conditions of if and for, and operands of ! && ||, must be booleans.
package main

func main() {
	x := 1
	s := "s"
	if x { // ERROR "non-boolean condition in if statement"
	}
	for x { // ERROR "non-boolean condition in for statement"
	}
	for i := 0; i; i++ { // ERROR "non-boolean condition in for statement"
	}
	_ = !x            // ERROR "invalid operation: operator ! not defined on x \(variable of type int\)"
	_ = x && true     // ERROR "invalid operation: x && true \(mismatched types int and untyped bool\)"
	_ = s || false    // ERROR "invalid operation: s \|\| false \(mismatched types string and untyped bool\)"
	if s == "" || 1 { // ERROR "invalid operation: s == \x22\x22 \|\| 1 \(mismatched types untyped bool and untyped int\)"
	}
	var b bool = 0 // ERROR "cannot use 0 \(untyped int constant\) as bool value in variable declaration"
	_ = b
}
