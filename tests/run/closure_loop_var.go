// Go 1.19 loop variables are shared by all iterations: closures see the final value unless the
// variable is copied per iteration.
package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	fs = nil
	for i := 0; i < 3; i++ {
		i := i
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var gs []func() string
	for _, s := range []string{"a", "b", "c"} {
		gs = append(gs, func() string { return s })
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()
	var ptrs []*int
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &i)
	}
	fmt.Println(*ptrs[0], *ptrs[1], *ptrs[2], ptrs[0] == ptrs[2])
	var hs []func() int
	for k, v := range map[int]int{7: 70} {
		hs = append(hs, func() int { return k + v })
	}
	fmt.Println(hs[0]())
	var defers []int
	func() {
		for i := 0; i < 3; i++ {
			defer func() { defers = append(defers, i) }()
		}
	}()
	fmt.Println(defers)
}
