// Functions as values: in maps, slices, as parameters and results, compared with nil.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type BinOp func(a, b int) int

func compose(f, g func(string) string) func(string) string {
	return func(s string) string { return g(f(s)) }
}

func fold(xs []int, init int, op BinOp) int {
	acc := init
	for _, x := range xs {
		acc = op(acc, x)
	}
	return acc
}

func main() {
	ops := map[string]BinOp{
		"add": func(a, b int) int { return a + b },
		"mul": func(a, b int) int { return a * b },
		"max": func(a, b int) int {
			if a > b {
				return a
			}
			return b
		},
	}
	names := make([]string, 0)
	for k := range ops {
		names = append(names, k)
	}
	sort.Strings(names)
	xs := []int{3, 1, 4, 1, 5}
	for _, n := range names {
		fmt.Println(n, fold(xs, 1, ops[n]))
	}
	shout := compose(strings.ToUpper, func(s string) string { return s + "!" })
	fmt.Println(shout("hey"))
	pipeline := []func(string) string{strings.TrimSpace, strings.ToLower, strings.Title}
	s := "  HELLO wORLD "
	for _, f := range pipeline {
		s = f(s)
	}
	fmt.Printf("%q\n", s)
	var missing BinOp
	fmt.Println(missing == nil, ops["none"] == nil, ops["add"] != nil)
	fmt.Println(func(x int) int { return x * x }(7))
}
