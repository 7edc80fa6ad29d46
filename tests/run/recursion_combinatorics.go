// Combinatorics with recursion and slices: permutations, subsets, n-queens count, and
// backtracking with copies of slices.
package main

import (
	"fmt"
	"strings"
)

func permutations(xs []string) [][]string {
	if len(xs) <= 1 {
		return [][]string{append([]string(nil), xs...)}
	}
	var out [][]string
	for i := range xs {
		rest := make([]string, 0, len(xs)-1)
		rest = append(rest, xs[:i]...)
		rest = append(rest, xs[i+1:]...)
		for _, p := range permutations(rest) {
			out = append(out, append([]string{xs[i]}, p...))
		}
	}
	return out
}

func subsets(xs []int) [][]int {
	out := [][]int{{}}
	for _, x := range xs {
		n := len(out)
		for i := 0; i < n; i++ {
			s := append(append([]int{}, out[i]...), x)
			out = append(out, s)
		}
	}
	return out
}

func queens(n int) int {
	cols := make([]bool, n)
	d1 := make([]bool, 2*n)
	d2 := make([]bool, 2*n)
	var place func(r int) int
	place = func(r int) int {
		if r == n {
			return 1
		}
		count := 0
		for c := 0; c < n; c++ {
			if cols[c] || d1[r+c] || d2[r-c+n] {
				continue
			}
			cols[c], d1[r+c], d2[r-c+n] = true, true, true
			count += place(r + 1)
			cols[c], d1[r+c], d2[r-c+n] = false, false, false
		}
		return count
	}
	return place(0)
}

func main() {
	perms := permutations([]string{"a", "b", "c"})
	for _, p := range perms {
		fmt.Print(strings.Join(p, ""), " ")
	}
	fmt.Println(len(perms), len(permutations(strings.Split("abcdef", ""))))
	subs := subsets([]int{1, 2, 3})
	fmt.Println(len(subs), subs)
	for n := 1; n <= 8; n++ {
		fmt.Print(queens(n), " ")
	}
	fmt.Println()
}
