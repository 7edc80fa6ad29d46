fmt_sharp_v.go:19:12: ... argument does not escape
fmt_sharp_v.go:19:30: 42 escapes to heap
fmt_sharp_v.go:19:39: uint8(7) escapes to heap
fmt_sharp_v.go:19:44: -3 escapes to heap
fmt_sharp_v.go:20:12: ... argument does not escape
fmt_sharp_v.go:20:34: 1.0 escapes to heap
fmt_sharp_v.go:20:39: 2.5 escapes to heap
fmt_sharp_v.go:20:44: 1e21 escapes to heap
fmt_sharp_v.go:20:57: float32(0.5) escapes to heap
fmt_sharp_v.go:21:12: ... argument does not escape
fmt_sharp_v.go:21:30: "q\"s\n" escapes to heap
fmt_sharp_v.go:21:40: 'x' escapes to heap
fmt_sharp_v.go:21:45: true escapes to heap
fmt_sharp_v.go:22:12: ... argument does not escape
fmt_sharp_v.go:22:27: []int{...} escapes to heap
fmt_sharp_v.go:22:27: []int{...} escapes to heap
fmt_sharp_v.go:23:12: ... argument does not escape
fmt_sharp_v.go:23:30: ([]string)(nil) escapes to heap
fmt_sharp_v.go:24:12: ... argument does not escape
fmt_sharp_v.go:24:29: [3]bool{...} escapes to heap
fmt_sharp_v.go:25:12: ... argument does not escape
fmt_sharp_v.go:25:36: map[string]int{...} escapes to heap
fmt_sharp_v.go:26:12: ... argument does not escape
fmt_sharp_v.go:26:27: Point{...} escapes to heap
fmt_sharp_v.go:27:12: ... argument does not escape
fmt_sharp_v.go:27:22: &Point{...} escapes to heap
fmt_sharp_v.go:28:12: ... argument does not escape
fmt_sharp_v.go:28:27: Color(3) escapes to heap
fmt_sharp_v.go:29:12: ... argument does not escape
fmt_sharp_v.go:29:29: Wrapper{...} escapes to heap
fmt_sharp_v.go:29:35: 5 escapes to heap
fmt_sharp_v.go:30:12: ... argument does not escape
fmt_sharp_v.go:30:35: []interface {}{...} escapes to heap
fmt_sharp_v.go:30:35: []interface {}{...} escapes to heap
fmt_sharp_v.go:30:36: 1 escapes to heap
fmt_sharp_v.go:30:39: "a" escapes to heap
fmt_sharp_v.go:31:12: ... argument does not escape
fmt_sharp_v.go:31:40: struct { A int; B int }{...} escapes to heap
fmt_sharp_v.go:33:12: ... argument does not escape
fmt_sharp_v.go:33:35: ([]byte)("hi") escapes to heap
fmt_sharp_v.go:33:35: ([]byte)("hi") escapes to heap
fmt_sharp_v.go:34:12: ... argument does not escape
fmt_sharp_v.go:34:38: map[Point]string{...} escapes to heap
fmt_sharp_v.go:35:12: ... argument does not escape
fmt_sharp_v.go:35:29: uintptr(10) escapes to heap
