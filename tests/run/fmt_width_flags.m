fmt_width_flags.go:7:12: ... argument does not escape
fmt_width_flags.go:7:59: 42 escapes to heap
fmt_width_flags.go:7:63: 42 escapes to heap
fmt_width_flags.go:7:67: 42 escapes to heap
fmt_width_flags.go:7:71: 42 escapes to heap
fmt_width_flags.go:7:75: 42 escapes to heap
fmt_width_flags.go:7:79: 42 escapes to heap
fmt_width_flags.go:7:83: 42 escapes to heap
fmt_width_flags.go:8:12: ... argument does not escape
fmt_width_flags.go:8:53: -42 escapes to heap
fmt_width_flags.go:8:58: -42 escapes to heap
fmt_width_flags.go:8:63: -42 escapes to heap
fmt_width_flags.go:8:68: -42 escapes to heap
fmt_width_flags.go:8:73: -42 escapes to heap
fmt_width_flags.go:8:78: 42 escapes to heap
fmt_width_flags.go:9:12: ... argument does not escape
fmt_width_flags.go:9:41: "go" escapes to heap
fmt_width_flags.go:9:47: "go" escapes to heap
fmt_width_flags.go:9:53: "go" escapes to heap
fmt_width_flags.go:9:59: "gopher" escapes to heap
fmt_width_flags.go:10:12: ... argument does not escape
fmt_width_flags.go:10:59: 3.14159 escapes to heap
fmt_width_flags.go:10:68: 3.14159 escapes to heap
fmt_width_flags.go:10:77: -3.14159 escapes to heap
fmt_width_flags.go:10:87: 2.0 escapes to heap
fmt_width_flags.go:10:92: 2.0 escapes to heap
fmt_width_flags.go:11:12: ... argument does not escape
fmt_width_flags.go:11:40: 12345.678 escapes to heap
fmt_width_flags.go:11:51: 0.000012 escapes to heap
fmt_width_flags.go:11:61: 1e9 escapes to heap
fmt_width_flags.go:12:12: ... argument does not escape
fmt_width_flags.go:12:50: 255 escapes to heap
fmt_width_flags.go:12:55: 255 escapes to heap
fmt_width_flags.go:12:60: 255 escapes to heap
fmt_width_flags.go:12:65: 255 escapes to heap
fmt_width_flags.go:12:70: 8 escapes to heap
fmt_width_flags.go:13:12: ... argument does not escape
fmt_width_flags.go:13:46: true escapes to heap
fmt_width_flags.go:13:52: 'x' escapes to heap
fmt_width_flags.go:13:57: 'y' escapes to heap
fmt_width_flags.go:13:62: 'z' escapes to heap
fmt_width_flags.go:13:67: "q" escapes to heap
fmt_width_flags.go:14:12: ... argument does not escape
fmt_width_flags.go:14:30: "héé" escapes to heap
fmt_width_flags.go:14:39: "日本" escapes to heap
fmt_width_flags.go:15:12: ... argument does not escape
fmt_width_flags.go:15:41: []int{...} escapes to heap
fmt_width_flags.go:15:41: []int{...} escapes to heap
fmt_width_flags.go:15:54: []int{...} escapes to heap
fmt_width_flags.go:15:54: []int{...} escapes to heap
fmt_width_flags.go:15:64: []int{...} escapes to heap
fmt_width_flags.go:15:64: []int{...} escapes to heap
fmt_width_flags.go:16:12: ... argument does not escape
fmt_width_flags.go:16:41: map[int]int{...} escapes to heap
fmt_width_flags.go:16:64: struct { A int }{...} escapes to heap
fmt_width_flags.go:17:12: ... argument does not escape
fmt_width_flags.go:17:33: "é" escapes to heap
fmt_width_flags.go:17:39: -1 escapes to heap
fmt_width_flags.go:17:49: []byte{...} escapes to heap
fmt_width_flags.go:17:49: []byte{...} escapes to heap
fmt_width_flags.go:18:12: ... argument does not escape
fmt_width_flags.go:18:43: -1.5 escapes to heap
fmt_width_flags.go:18:49: 1.5 escapes to heap
fmt_width_flags.go:18:54: 7 escapes to heap
fmt_width_flags.go:19:12: ... argument does not escape
fmt_width_flags.go:19:32: 3.5 escapes to heap
fmt_width_flags.go:19:37: -1.0 escapes to heap
fmt_width_flags.go:19:43: 1.0 escapes to heap
