// A declared type of 2^50 bytes or more: gc says so of the first type
// that passes the limit, printing it as its back end does, and of nothing
// that contains it — nor of the variables, which it does not reach.
package main

type T0 struct{ a, b [1 << 47]byte }
type T1 struct{ a, b T0 }
type T2 struct{ a, b T1 } // ERROR "type struct { a T1; b T1 } too large"
type T3 struct{ a, b T2 }

var x [1 << 60]byte

func main() {
	var t T3
	_ = t
}
