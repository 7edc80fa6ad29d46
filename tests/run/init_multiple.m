init_multiple.go:16:2: moved to heap: n
init_multiple.go:17:9: func literal escapes to heap
init_multiple.go:20:15: leaking param: name
init_multiple.go:20:28: leaking param: fn
init_multiple.go:40:13: ... argument does not escape
init_multiple.go:40:13: order escapes to heap
init_multiple.go:40:13: upper escapes to heap
init_multiple.go:40:35: counter() escapes to heap
init_multiple.go:42:14: ... argument does not escape
init_multiple.go:42:14: name escapes to heap
init_multiple.go:42:35: registry[name]("hello WORLD") escapes to heap
init_multiple.go:9:46: map[string]func(string) string{} escapes to heap
init_multiple.go:15:15: func literal does not escape
