// minmax.go — lab 3's test program: Go 1.21's builtins min and max, on
// constants.  The expected types and values (minmax.types) follow Go 1.21's
// rules: the operands must be of one ordered type (untyped constants of
// different kinds take the kind that comes last of int, rune, float), and
// the result is a constant when they all are.
package main

const a = max(1, 5, 3)
const b = min(2.5, 4)
const c = max("ab", "b", "a")
const d = min(int8(7), 3)
const e = max('a', 98)
const f = min(7)

var g = a + d
