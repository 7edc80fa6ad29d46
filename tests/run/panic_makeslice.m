panic_makeslice.go:7:8: func literal does not escape
panic_makeslice.go:8:11: make([]int, n, c) escapes to heap
panic_makeslice.go:9:13: ... argument does not escape
panic_makeslice.go:9:14: "made" escapes to heap
panic_makeslice.go:9:25: len(s) escapes to heap
panic_makeslice.go:9:33: cap(s) escapes to heap
panic_makeslice.go:14:13: ... argument does not escape
panic_makeslice.go:15:13: ... argument does not escape
panic_makeslice.go:16:13: ... argument does not escape
panic_makeslice.go:17:13: ... argument does not escape
panic_makeslice.go:18:13: ... argument does not escape
panic_makeslice.go:20:11: make([]byte, n) escapes to heap
panic_makeslice.go:21:13: ... argument does not escape
panic_makeslice.go:21:17: len(b) escapes to heap
