recursion_fib.go:53:14: ... argument does not escape
recursion_fib.go:53:15: "fib" escapes to heap
recursion_fib.go:53:15: i escapes to heap
recursion_fib.go:53:28: fib(i) escapes to heap
recursion_fib.go:55:13: ... argument does not escape
recursion_fib.go:55:18: fact(20) escapes to heap
recursion_fib.go:55:28: fact(21) escapes to heap
recursion_fib.go:56:13: ... argument does not escape
recursion_fib.go:56:17: ack(2, 3) escapes to heap
recursion_fib.go:56:28: ack(3, 3) escapes to heap
recursion_fib.go:57:13: ... argument does not escape
recursion_fib.go:57:20: isEven(10) escapes to heap
recursion_fib.go:57:31: isOdd(7) escapes to heap
recursion_fib.go:57:42: isEven(7) escapes to heap
recursion_fib.go:58:13: ... argument does not escape
recursion_fib.go:58:19: depth(10000) escapes to heap
