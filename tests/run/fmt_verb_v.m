fmt_verb_v.go:17:12: ... argument does not escape
fmt_verb_v.go:17:30: 42 escapes to heap
fmt_verb_v.go:17:34: -7 escapes to heap
fmt_verb_v.go:17:43: uint8(200) escapes to heap
fmt_verb_v.go:17:59: int64(-1) << 40 escapes to heap
fmt_verb_v.go:18:12: ... argument does not escape
fmt_verb_v.go:18:27: 3.0 escapes to heap
fmt_verb_v.go:18:32: 2.5e-7 escapes to heap
fmt_verb_v.go:18:47: float32(0.1) escapes to heap
fmt_verb_v.go:19:12: ... argument does not escape
fmt_verb_v.go:19:27: true escapes to heap
fmt_verb_v.go:19:33: "text" escapes to heap
fmt_verb_v.go:19:41: 'A' escapes to heap
fmt_verb_v.go:20:12: ... argument does not escape
fmt_verb_v.go:20:29: []int{...} escapes to heap
fmt_verb_v.go:20:29: []int{...} escapes to heap
fmt_verb_v.go:20:49: [2]string{...} escapes to heap
fmt_verb_v.go:21:12: ... argument does not escape
fmt_verb_v.go:21:35: map[string]int{...} escapes to heap
fmt_verb_v.go:22:12: ... argument does not escape
fmt_verb_v.go:22:26: Point{...} escapes to heap
fmt_verb_v.go:23:12: ... argument does not escape
fmt_verb_v.go:23:21: &Point{...} escapes to heap
fmt_verb_v.go:24:12: ... argument does not escape
fmt_verb_v.go:24:26: Named{...} escapes to heap
fmt_verb_v.go:24:40: []string{...} escapes to heap
fmt_verb_v.go:25:12: ... argument does not escape
fmt_verb_v.go:25:27: []*int{...} escapes to heap
fmt_verb_v.go:25:27: []*int{...} escapes to heap
fmt_verb_v.go:31:12: ... argument does not escape
fmt_verb_v.go:31:13: s escapes to heap
fmt_verb_v.go:32:12: ... argument does not escape
fmt_verb_v.go:32:34: []interface {}{...} escapes to heap
fmt_verb_v.go:32:34: []interface {}{...} escapes to heap
fmt_verb_v.go:32:35: 1 escapes to heap
fmt_verb_v.go:32:38: "a" escapes to heap
fmt_verb_v.go:32:48: 2.5 escapes to heap
fmt_verb_v.go:32:59: ([]byte)("hi") escapes to heap
fmt_verb_v.go:32:59: ([]byte)("hi") escapes to heap
fmt_verb_v.go:33:12: ... argument does not escape
fmt_verb_v.go:33:28: [][]int{...} escapes to heap
fmt_verb_v.go:33:28: [][]int{...} escapes to heap
fmt_verb_v.go:33:29: []int{...} escapes to heap
fmt_verb_v.go:33:34: []int{...} escapes to heap
fmt_verb_v.go:34:12: ... argument does not escape
fmt_verb_v.go:37:3: struct { A int; B string }{...} escapes to heap
fmt_verb_v.go:38:12: ... argument does not escape
fmt_verb_v.go:38:31: complex(1, -2) escapes to heap
fmt_verb_v.go:38:46: []byte{} escapes to heap
fmt_verb_v.go:38:46: []byte{} escapes to heap
