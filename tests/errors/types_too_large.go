// gc refuses types of 2^50 bytes or more (amd64's limit) where it first
// needs their size: a variable's array "larger than address space", at
// each declaration.  (A declared type too large: types_too_large_decl.go.)
package main

var x [1 << 60]byte // ERROR "type \[1152921504606846976\]byte larger than address space"

func main() {
	var y [1 << 55]int // ERROR "type \[36028797018963968\]int larger than address space"
	var z [1 << 55]int // ERROR "type \[36028797018963968\]int larger than address space"
	var ok [1 << 10]int
	_, _, _ = y, z, ok
}
