// An alias whose definition needs a value of its own type is an invalid
// recursive type, with the path, as gc reports it.
package main

type A = [len(x)]int // ERROR "invalid recursive type A"

var x A

func main() {}
