// Several results assigned to interface-typed variables are converted one by one.
package main

import "fmt"

type E struct{}

func (E) Error() string { return "e" }

func two() (*int, E) { x := 3; return &x, E{} }

func main() {
	var sink interface{}
	var err error
	sink, err = two()
	fmt.Println(*sink.(*int), err)
	var a, b interface{} = two()
	fmt.Println(*a.(*int), b)
}
