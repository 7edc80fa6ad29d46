// A failed type assertion x.(T) on an interface{} names the dynamic and wanted types.
package main

import "fmt"

type Celsius float64

func try(f func()) {
	defer func() { fmt.Println("recovered:", recover()) }()
	f()
}

func main() {
	var x interface{} = "hello"
	try(func() { _ = x.(int) })
	x = 3
	try(func() { _ = x.(float64) })
	x = Celsius(2.5)
	try(func() { _ = x.(float64) })
	x = []int{1}
	try(func() { _ = x.(map[string]int) })
	x = &struct{ A int }{1}
	try(func() { _ = x.(*int) })
	x = 1.5
	fmt.Println(x.(float64))
	x = "str"
	n := x.(int)
	fmt.Println(n)
}
