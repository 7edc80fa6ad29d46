// The ok of a comma-ok form is an untyped boolean: a variable of a named
// boolean type, or of an interface type, may take it.
package main

import "fmt"

type Bool bool

func (b Bool) String() string {
	if b {
		return "yes"
	}
	return "no"
}

func main() {
	m := map[string]int{"a": 1}
	var found Bool
	_, found = m["a"]
	fmt.Println(found)
	var i interface{} = "s"
	var isInt Bool
	_, isInt = i.(int)
	fmt.Println(isInt)
	var any interface{}
	_, any = m["b"]
	fmt.Printf("%T %v\n", any, any)
	var n, present = m["z"]
	fmt.Println(n, present)
}
