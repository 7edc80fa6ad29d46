// Both values of a comma-ok form into interface-typed variables, declared and assigned.
package main

import "fmt"

func main() {
	m := map[int]int{1: 10}
	var ok any
	_, ok = m[0]
	fmt.Println(ok)
	var v, found any = m[1]
	fmt.Println(v, found)
	var x any = "s"
	var s, isStr any = x.(string)
	fmt.Println(s, isStr)
}
