// Valid Go outside go2c's subset: a map type and composite literal.  The
// same unsupported feature is reported once per file.
package main

import "fmt"

func main() {
	m := map[string]int{"a": 1} // ERROR "go2c does not support"
	fmt.Println(len(m))
}
