fmt_star_precision.go:8:13: ... argument does not escape
fmt_star_precision.go:8:14: w escapes to heap
fmt_star_precision.go:8:28: 7 escapes to heap
fmt_star_precision.go:10:12: ... argument does not escape
fmt_star_precision.go:10:25: 4 escapes to heap
fmt_star_precision.go:10:28: 7 escapes to heap
fmt_star_precision.go:11:12: ... argument does not escape
fmt_star_precision.go:11:24: -4 escapes to heap
fmt_star_precision.go:11:28: 7 escapes to heap
fmt_star_precision.go:12:12: ... argument does not escape
fmt_star_precision.go:12:25: 2 escapes to heap
fmt_star_precision.go:12:28: 3.14159 escapes to heap
fmt_star_precision.go:13:12: ... argument does not escape
fmt_star_precision.go:13:26: 8 escapes to heap
fmt_star_precision.go:13:29: 3 escapes to heap
fmt_star_precision.go:13:32: 3.14159 escapes to heap
fmt_star_precision.go:14:12: ... argument does not escape
fmt_star_precision.go:14:25: 3 escapes to heap
fmt_star_precision.go:14:28: "abcdef" escapes to heap
fmt_star_precision.go:15:12: ... argument does not escape
fmt_star_precision.go:15:24: "x" escapes to heap
fmt_star_precision.go:15:29: "y" escapes to heap
fmt_star_precision.go:16:12: ... argument does not escape
fmt_star_precision.go:16:25: -1 escapes to heap
fmt_star_precision.go:16:29: 5 escapes to heap
fmt_star_precision.go:17:12: ... argument does not escape
fmt_star_precision.go:17:43: 7 escapes to heap
fmt_star_precision.go:17:46: 0 escapes to heap
fmt_star_precision.go:17:49: -7 escapes to heap
fmt_star_precision.go:17:53: 0 escapes to heap
fmt_star_precision.go:18:12: ... argument does not escape
fmt_star_precision.go:18:28: 99.5 escapes to heap
fmt_star_precision.go:19:12: ... argument does not escape
fmt_star_precision.go:19:26: "quote" escapes to heap
fmt_star_precision.go:20:12: ... argument does not escape
fmt_star_precision.go:20:31: 3.14159 escapes to heap
fmt_star_precision.go:20:40: "abc" escapes to heap
fmt_star_precision.go:21:12: ... argument does not escape
fmt_star_precision.go:21:31: "abcdef" escapes to heap
fmt_star_precision.go:21:47: []byte{...} escapes to heap
fmt_star_precision.go:21:47: []byte{...} escapes to heap
