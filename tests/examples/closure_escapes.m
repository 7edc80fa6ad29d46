closure_escapes.go:13:2: moved to heap: n
closure_escapes.go:14:9: func literal escapes to heap
closure_escapes.go:24:13: ... argument does not escape
closure_escapes.go:24:18: next() escapes to heap
