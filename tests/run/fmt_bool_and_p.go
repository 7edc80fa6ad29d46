// %t on booleans, wrong-kind verbs on bools, and %p on nil pointers, slices, maps and funcs.
package main

import "fmt"

func main() {
	fmt.Printf("%t %t\n", true, false)
	fmt.Printf("%v %5t|%-6t|\n", true, true, false)
	fmt.Printf("%t\n", []bool{true, false})
	fmt.Printf("%t\n", 1)
	fmt.Printf("%d\n", true)
	var p *int
	var s []int
	var m map[string]int
	var f func()
	fmt.Printf("%p %p %p %p\n", p, s, m, f)
	fmt.Printf("%v %v\n", p, s)
	fmt.Printf("%p\n", 5)
	x := 3
	q := &x
	fmt.Println(fmt.Sprintf("%p", q) == fmt.Sprintf("%p", &x))
	fmt.Println(fmt.Sprintf("%p", q)[:2])
}
