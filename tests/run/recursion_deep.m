recursion_deep.go:13:14: xs does not escape
recursion_deep.go:30:19: from does not escape
recursion_deep.go:30:25: to does not escape
recursion_deep.go:30:29: via does not escape
recursion_deep.go:30:41: moves does not escape
recursion_deep.go:40:13: ... argument does not escape
recursion_deep.go:40:19: depth(100000) escapes to heap
recursion_deep.go:41:12: make([]int, 10000) escapes to heap
recursion_deep.go:45:13: ... argument does not escape
recursion_deep.go:45:21: sumList(xs) escapes to heap
recursion_deep.go:46:13: ... argument does not escape
recursion_deep.go:46:23: ackermann(2, 3) escapes to heap
recursion_deep.go:46:40: ackermann(3, 3) escapes to heap
recursion_deep.go:49:13: ... argument does not escape
recursion_deep.go:49:13: moves escapes to heap
