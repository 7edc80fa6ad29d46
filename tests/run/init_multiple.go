// Several init functions and package variables initialized by closures and function calls.
package main

import (
	"fmt"
	"strings"
)

var registry = map[string]func(string) string{}

var order []string

var upper = register("upper", strings.ToUpper)

var counter = func() func() int {
	n := 0
	return func() int { n++; return n }
}()

func register(name string, fn func(string) string) bool {
	registry[name] = fn
	order = append(order, name)
	return true
}

func init() {
	register("lower", strings.ToLower)
}

func init() {
	register("title", strings.Title)
	counter()
}

func init() {
	counter()
}

func main() {
	fmt.Println(order, upper, counter())
	for _, name := range order {
		fmt.Println(name, registry[name]("hello WORLD"))
	}
}
