// unsafe.Offsetof takes a field selector: not a method value, and not a
// field reached through an embedded pointer (its offset is not fixed).
package main

import "unsafe"

type Inner struct{ A, B int64 }

type Outer struct {
	Flag bool
	*Inner
	Direct Inner
}

func (Outer) Size() int { return 0 }

var o Outer
var po *Outer

const okDirect = unsafe.Offsetof(o.Direct)
const okNested = unsafe.Offsetof(po.Direct.B)
const viaPtr = unsafe.Offsetof(o.B)     // ERROR "invalid argument: field B is embedded via a pointer in Outer"
const viaPtr2 = unsafe.Offsetof(po.A)   // ERROR "invalid argument: field A is embedded via a pointer in Outer"
const method = unsafe.Offsetof(o.Size)  // ERROR "invalid argument: o.Size is a method value"
const notSel = unsafe.Offsetof(okDirect) // ERROR "invalid argument: okDirect is not a selector expression"

func main() {}
