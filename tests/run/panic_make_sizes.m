panic_make_sizes.go:8:8: func literal does not escape
panic_make_sizes.go:9:11: make(map[string]int, n) does not escape
panic_make_sizes.go:11:13: ... argument does not escape
panic_make_sizes.go:11:14: "made map with hint" escapes to heap
panic_make_sizes.go:11:14: n escapes to heap
panic_make_sizes.go:11:39: "len" escapes to heap
panic_make_sizes.go:11:49: len(m) escapes to heap
panic_make_sizes.go:16:13: ... argument does not escape
panic_make_sizes.go:17:13: ... argument does not escape
panic_make_sizes.go:18:13: ... argument does not escape
panic_make_sizes.go:20:11: make([]string, 0, n) escapes to heap
panic_make_sizes.go:21:13: ... argument does not escape
panic_make_sizes.go:21:13: s escapes to heap
