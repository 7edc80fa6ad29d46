recursion_combinatorics.go:10:19: leaking param content: xs
recursion_combinatorics.go:12:20: [][]string{...} escapes to heap
recursion_combinatorics.go:16:15: make([]string, 0, len(xs) - 1) escapes to heap
recursion_combinatorics.go:20:37: []string{...} escapes to heap
recursion_combinatorics.go:26:14: xs does not escape
recursion_combinatorics.go:27:16: [][]int{...} escapes to heap
recursion_combinatorics.go:27:17: []int{} escapes to heap
recursion_combinatorics.go:31:28: []int{} escapes to heap
recursion_combinatorics.go:39:14: make([]bool, n) escapes to heap
recursion_combinatorics.go:40:12: make([]bool, 2 * n) escapes to heap
recursion_combinatorics.go:41:12: make([]bool, 2 * n) escapes to heap
recursion_combinatorics.go:43:10: func literal does not escape
recursion_combinatorics.go:62:32: []string{...} does not escape
recursion_combinatorics.go:64:12: ... argument does not escape
recursion_combinatorics.go:64:25: strings.Join(p, "") escapes to heap
recursion_combinatorics.go:64:34: " " escapes to heap
recursion_combinatorics.go:66:13: ... argument does not escape
recursion_combinatorics.go:66:17: len(perms) escapes to heap
recursion_combinatorics.go:66:29: len(permutations(strings.Split("abcdef", ""))) escapes to heap
recursion_combinatorics.go:67:23: []int{...} does not escape
recursion_combinatorics.go:68:13: ... argument does not escape
recursion_combinatorics.go:68:17: len(subs) escapes to heap
recursion_combinatorics.go:68:17: subs escapes to heap
recursion_combinatorics.go:70:12: ... argument does not escape
recursion_combinatorics.go:70:19: queens(n) escapes to heap
recursion_combinatorics.go:70:24: " " escapes to heap
