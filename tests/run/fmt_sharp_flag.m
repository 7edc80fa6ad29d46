fmt_sharp_flag.go:12:12: ... argument does not escape
fmt_sharp_flag.go:12:34: 8 escapes to heap
fmt_sharp_flag.go:12:37: 255 escapes to heap
fmt_sharp_flag.go:12:42: 255 escapes to heap
fmt_sharp_flag.go:12:47: 5 escapes to heap
fmt_sharp_flag.go:13:12: ... argument does not escape
fmt_sharp_flag.go:13:26: 0 escapes to heap
fmt_sharp_flag.go:13:29: 0 escapes to heap
fmt_sharp_flag.go:14:12: ... argument does not escape
fmt_sharp_flag.go:14:26: -10 escapes to heap
fmt_sharp_flag.go:14:37: []byte{...} escapes to heap
fmt_sharp_flag.go:14:37: []byte{...} escapes to heap
fmt_sharp_flag.go:15:12: ... argument does not escape
fmt_sharp_flag.go:15:30: 1.0 escapes to heap
fmt_sharp_flag.go:15:35: 1.0 escapes to heap
fmt_sharp_flag.go:15:40: 1.0 escapes to heap
fmt_sharp_flag.go:16:12: ... argument does not escape
fmt_sharp_flag.go:16:31: 123.0 escapes to heap
fmt_sharp_flag.go:16:38: 1.0 escapes to heap
fmt_sharp_flag.go:16:43: 1.50 escapes to heap
fmt_sharp_flag.go:17:12: ... argument does not escape
fmt_sharp_flag.go:17:29: "a`b" escapes to heap
fmt_sharp_flag.go:17:36: "ab\n" escapes to heap
fmt_sharp_flag.go:17:44: "ab" escapes to heap
fmt_sharp_flag.go:18:12: ... argument does not escape
fmt_sharp_flag.go:18:26: '⌘' escapes to heap
fmt_sharp_flag.go:18:33: 'z' escapes to heap
fmt_sharp_flag.go:19:12: ... argument does not escape
fmt_sharp_flag.go:19:26: T{...} escapes to heap
fmt_sharp_flag.go:19:37: T{...} escapes to heap
fmt_sharp_flag.go:20:12: ... argument does not escape
fmt_sharp_flag.go:20:29: []T{...} escapes to heap
fmt_sharp_flag.go:20:29: []T{...} escapes to heap
fmt_sharp_flag.go:20:50: map[int]T{...} escapes to heap
fmt_sharp_flag.go:21:12: ... argument does not escape
fmt_sharp_flag.go:21:22: "go" escapes to heap
fmt_sharp_flag.go:22:12: ... argument does not escape
fmt_sharp_flag.go:22:30: 255 escapes to heap
fmt_sharp_flag.go:22:35: 255 escapes to heap
