// v, ok of a type assertion or a map index assigned into interface-typed variables.
package main

import "fmt"

func main() {
	var sink interface{}
	var ok bool
	var y interface{} = 7
	sink, ok = y.(int)
	fmt.Println(sink, ok)
	m := map[string]float64{"a": 1.5}
	sink, ok = m["a"]
	fmt.Println(sink, ok)
	sink, ok = m["b"]
	fmt.Println(sink, ok)
	var s fmt.Stringer
	sink, ok = y.(fmt.Stringer)
	fmt.Println(sink, ok, s)
}
