// Binary operators need operands of identical types (after untyped constants convert).
package main

func main() {
	var i int = 1
	var i64 int64 = 2
	var f float64 = 3
	var s string = "s"
	var b bool = true
	var u8 uint8 = 4
	_ = i + i64 // ERROR "invalid operation: i \+ i64 \(mismatched types int and int64\)"
	_ = f * i   // ERROR "invalid operation: f \* i \(mismatched types float64 and int\)"
	_ = s + i   // ERROR "invalid operation: s \+ i \(mismatched types string and int\)"
	_ = b == i  // ERROR "invalid operation: b == i \(mismatched types bool and int\)"
	_ = u8 < i  // ERROR "invalid operation: u8 < i \(mismatched types uint8 and int\)"
	_ = "a" + 1 // ERROR "mismatched types untyped string and untyped int"
	_ = s + 'x' // ERROR "invalid operation: s \+ 'x' \(mismatched types string and untyped rune\)"
	_ = i + 1.5 // ERROR "1.5 \(untyped float constant\) truncated to int"
	i = f       // ERROR "cannot use f \(variable of type float64\) as type int in assignment"
}
