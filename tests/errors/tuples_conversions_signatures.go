// Several results assigned at once (a call, or a comma-ok form whose ok is
// an untyped boolean), conversions with the wrong number of arguments,
// parameter names used twice in a function type, and receive statements.
package main

type Bool bool

func two() (int, bool) { return 1, true }

type Sig func(i, i int) // ERROR "i redeclared in this block"

type I interface {
	M(j int) (j int) // ERROR "j redeclared in this block"
}

func main() {
	m := map[int]int{1: 2}
	var b Bool
	_, b = m[1] // ok: the ok is untyped
	var i interface{} = 3
	_, b = i.(int)
	var _, d Bool = m[5] // ERROR "cannot use m\[5\] \(value of type int\) as type Bool in assignment"
	var x, y string = two() // ERROR "cannot use two\(\) \(value of type int\) as type string in assignment" "cannot use two\(\) \(value of type bool\) as type string in assignment"
	var s string
	var n int
	s, n = i.(int) // ERROR "cannot use i.\(int\) \(value of type int\) as type string in assignment" "cannot use i.\(int\) \(untyped bool value\) as int value in assignment"
	_ = []byte("a", "b") // ERROR "too many arguments in conversion to \[\]byte"
	_ = (*int)()         // ERROR "missing argument in conversion to \*int"
	c := make(chan int)
	<-c
	(<-c)
	_, _, _, _, _, _ = b, d, x, y, s, n
}
