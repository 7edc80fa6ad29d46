// The comma-ok form distinguishes a missing key from a zero value, in if statements and assignments.
package main

import "fmt"

type Entry struct {
	N    int
	Tags []string
}

func main() {
	ages := map[string]int{"alice": 30, "baby": 0}
	for _, name := range []string{"alice", "baby", "carol"} {
		if age, ok := ages[name]; ok {
			fmt.Println(name, "is", age)
		} else {
			fmt.Println(name, "unknown", age)
		}
	}
	var v int
	var ok bool
	v, ok = ages["alice"]
	fmt.Println(v, ok)
	_, ok = ages["zed"]
	fmt.Println(ok)
	em := map[int]Entry{1: {5, []string{"x"}}}
	e, ok := em[2]
	fmt.Println(e.N, e.Tags == nil, ok)
	e, ok = em[1]
	fmt.Println(e, ok)
	im := map[string]interface{}{"n": nil}
	x, ok := im["n"]
	fmt.Println(x, ok)
	x, ok = im["m"]
	fmt.Println(x, ok)
}
