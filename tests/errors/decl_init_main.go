// init and main: func init takes no arguments and returns nothing and
// cannot be referred to; main likewise; neither may be a variable here.
package main

func init(x int) {} // ERROR "func init must have no arguments and no return values"
func init() int { return 0 } // ERROR "func init must have no arguments and no return values"

func init() {}

func main() {
	init() // ERROR "undefined: init"
	f := init // ERROR "undefined: init"
	_ = f
}
