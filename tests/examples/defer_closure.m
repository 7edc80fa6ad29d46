defer_closure.go:12:8: func literal does not escape
defer_closure.go:22:13: ... argument does not escape
defer_closure.go:22:18: work() escapes to heap
