closure_recursion.go:34:14: leaking param: prefix
closure_recursion.go:8:9: func literal does not escape
closure_recursion.go:14:13: ... argument does not escape
closure_recursion.go:14:18: fact(10) escapes to heap
closure_recursion.go:16:11: func literal does not escape
closure_recursion.go:17:10: func literal does not escape
closure_recursion.go:18:13: ... argument does not escape
closure_recursion.go:18:20: isEven(10) escapes to heap
closure_recursion.go:18:31: isOdd(7) escapes to heap
closure_recursion.go:18:42: isEven(3) escapes to heap
closure_recursion.go:19:21: map[int]int{} does not escape
closure_recursion.go:21:8: func literal does not escape
closure_recursion.go:32:13: ... argument does not escape
closure_recursion.go:32:17: fib(90) escapes to heap
closure_recursion.go:32:26: len(memo) escapes to heap
closure_recursion.go:34:9: func literal does not escape
closure_recursion.go:36:13: ... argument does not escape
closure_recursion.go:36:13: prefix escapes to heap
closure_recursion.go:36:22: " " escapes to heap
closure_recursion.go:39:14: prefix + "L" escapes to heap
closure_recursion.go:40:14: prefix + "R" escapes to heap
