// Outside functions, init (in any package) and main (in package main) may
// name only functions: not constants, variables or types.
package main

var init = 1 // ERROR "cannot declare init - must be func"

const main = "x" // ERROR "cannot declare main - must be func"

type init struct{} // ERROR "cannot declare init - must be func"

var ok = 2

func helper() int { return ok }
