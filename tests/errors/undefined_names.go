// Names used without a declaration in scope.
package main

import "fmt"

func main() {
	fmt.Println(x)   // ERROR "undefined: x"
	y = 3            // ERROR "undefined: y"
	undefinedFunc(1) // ERROR "undefined: undefinedFunc"
	{
		inner := 1
		_ = inner
	}
	fmt.Println(inner)    // ERROR "undefined: inner"
	fmt.Printline("typo") // ERROR "undefined: fmt.Printline"
	for i := 0; i < 2; i++ {
	}
	_ = i // ERROR "undefined: i"
}
