// Method receivers: pointer and interface base types, types of other
// packages, unnamed and builtin types, and receivers that are not types.
package main

import "strings"

type P *int
type I interface{ M() }
type T struct{}

func (p P) M()                 {} // ERROR "invalid receiver type P \(pointer or interface type\)"
func (i I) N()                 {} // ERROR "invalid receiver type I \(pointer or interface type\)"
func (b strings.Builder) Own() {} // ERROR "cannot define new methods on non-local type strings\.Builder"
func (x int) Double() int      { return x * 2 } // ERROR "cannot define new methods on non-local type int"
func (s []T) Len() int         { return len(s) } // ERROR "invalid receiver type \[\]T"
func (t **T) Deep()            {} // ERROR "invalid receiver type \*\*T"

func main() {}
