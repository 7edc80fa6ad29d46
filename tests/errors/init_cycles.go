// Initialization cycles, as gc reports them: the loop and the path of
// references (through functions and methods too), and declaration cycles
// through a type.  (The path lines are checked in test_sema.)
package main

var a = a // ERROR "initialization loop for a"

var b = c // ERROR "initialization loop for b"
var c = b

func viaFunc() int { return d }

var d = viaFunc() // ERROR "initialization loop for d"

type T int

func (T) m() int { return e }

var e = T(0).m() // ERROR "initialization loop for e"

const k = len(arr) // ERROR "initialization loop for k"

var arr [k]int

type R [len(r)]int // ERROR "invalid recursive type R"

var r R

func main() {}
