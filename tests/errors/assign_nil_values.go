// nil is assignable only to pointers, slices, maps, functions and
// interfaces.
package main

type S struct{ x int }
type E int

func main() {
	var i int = nil // ERROR "cannot use nil as int value in variable declaration"
	var s string = nil // ERROR "cannot use nil as string value in variable declaration"
	var b bool = nil // ERROR "cannot use nil as bool value in variable declaration"
	var st S = nil // ERROR "cannot use nil as S value in variable declaration"
	var arr [2]int = nil // ERROR "cannot use nil as \[2\]int value in variable declaration"
	var e E = nil // ERROR "cannot use nil as E value in variable declaration"
	var f float64
	f = nil // ERROR "cannot use nil as float64 value in assignment"
	var p *S = nil
	var sl []S = nil
	var m map[string]S = nil
	var fn func() = nil
	var any interface{} = nil
	_, _, _, _, _, _, _, _, _, _, _, _ = i, s, b, st, arr, e, f, p, sl, m, fn, any
}
