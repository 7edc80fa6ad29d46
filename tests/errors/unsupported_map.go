// Valid Go outside go2c's subset: a map type and composite literal.
package main

import "fmt"

func main() {
	m := map[string]int{"a": 1} // ERROR "go2c does not support"
	fmt.Println(len(m))     // ERROR "go2c does not support"
}
