// Type declarations: recursion only through an indirection, array
// lengths, map keys.
package main

type List struct {
	next *List // fine: through a pointer
	val  int
}

type Tree []Tree        // fine: through a slice
type Table map[string]Table

type Bad struct { // ERROR "invalid recursive type Bad"
	self Bad
}

type Loop = Loop // ERROR "invalid recursive type Loop"

type Ping Pong // ERROR "invalid recursive type Ping"
type Pong Ping

type Negative [-1]int // ERROR "invalid array length -1 \(untyped int constant\)"
type Fraction [1.5]int // ERROR "array length 1.5 \(untyped float constant\) must be integer"
type SliceKey map[[]int]bool // ERROR "invalid map key type \[\]int"
type FuncKey map[func()]bool // ERROR "invalid map key type func\(\)"

type Celsius float64

func main() {
	var l List
	var t Tree
	var m Table
	var c Celsius = 36.6
	var w [4]Celsius
	_, _, _, _, _ = l, t, m, c, w
	var x undefinedType // ERROR "undefined: undefinedType"
	_ = x
}
