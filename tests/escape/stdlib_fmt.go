// go2c build -m
// fmt's functions leak the contents of their ... argument: boxed operands
// escape (a call's result is named by its call expression), the ... slice
// does not, and pointer-shaped operands (os.Stderr, err) are not reported.
package main

import (
	"fmt"
	"os"
)

func describe(name string, age int) string { // ERROR "^leaking param: name$"
	return fmt.Sprintf("%s is %d", name, age) // ERROR "^\.\.\. argument does not escape$" "^name escapes to heap$" "^age escapes to heap$"
}

func report(err error) { // ERROR "^leaking param: err$"
	fmt.Fprintln(os.Stderr, "error:", err) // ERROR "^\.\.\. argument does not escape$" `^"error:" escapes to heap$`
}

func wrap(n int) error {
	return fmt.Errorf("bad value %d", n) // ERROR "^\.\.\. argument does not escape$" "^n escapes to heap$"
}

func main() {
	fmt.Printf("%s\n", describe("ann", 30)) // ERROR "^\.\.\. argument does not escape$" `^describe\("ann", 30\) escapes to heap$`
	report(wrap(3))
}
