// package unsafe: Pointer conversions to and from pointers and uintptr; Sizeof, Alignof, Offsetof as gc on amd64.
package main

import "unsafe"

type T struct {
	a byte
	b int64
	c [3]int16
}

func main() {
	var t T
	p := unsafe.Pointer(&t.b)
	q := (*int64)(p)
	*q = 42
	u := uintptr(p)
	println(unsafe.Sizeof(t), unsafe.Alignof(t.c), unsafe.Offsetof(t.c), t.b, u != 0, p != nil)
}
