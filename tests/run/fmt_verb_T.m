fmt_verb_T.go:15:23: []interface {}{...} does not escape
fmt_verb_T.go:16:3: 1 escapes to heap
fmt_verb_T.go:16:10: int8(1) escapes to heap
fmt_verb_T.go:16:21: uint16(1) escapes to heap
fmt_verb_T.go:16:31: int64(1) escapes to heap
fmt_verb_T.go:16:43: uintptr(1) escapes to heap
fmt_verb_T.go:17:3: 1.5 escapes to heap
fmt_verb_T.go:17:15: float32(1.5) escapes to heap
fmt_verb_T.go:17:29: complex(1, 2) escapes to heap
fmt_verb_T.go:17:46: complex64(1) escapes to heap
fmt_verb_T.go:18:3: "s" escapes to heap
fmt_verb_T.go:18:8: 'r' escapes to heap
fmt_verb_T.go:18:17: byte(1) escapes to heap
fmt_verb_T.go:18:22: true escapes to heap
fmt_verb_T.go:19:8: []int{} escapes to heap
fmt_verb_T.go:19:8: []int{} escapes to heap
fmt_verb_T.go:19:21: [3]string{} escapes to heap
fmt_verb_T.go:19:41: map[string][]int{} escapes to heap
fmt_verb_T.go:19:45: &Pair{} escapes to heap
fmt_verb_T.go:20:7: Pair{} escapes to heap
fmt_verb_T.go:20:18: Celsius(1) escapes to heap
fmt_verb_T.go:20:27: List{} escapes to heap
fmt_verb_T.go:20:27: List{} escapes to heap
fmt_verb_T.go:20:40: func literal escapes to heap
fmt_verb_T.go:21:18: struct { X int }{} escapes to heap
fmt_verb_T.go:21:35: []interface {}{} escapes to heap
fmt_verb_T.go:21:35: []interface {}{} escapes to heap
fmt_verb_T.go:21:65: [][]*Pair{} escapes to heap
fmt_verb_T.go:21:65: [][]*Pair{} escapes to heap
fmt_verb_T.go:22:16: map[Pair]bool{} escapes to heap
fmt_verb_T.go:22:23: new(interface {}) escapes to heap
fmt_verb_T.go:22:38: func literal escapes to heap
fmt_verb_T.go:25:13: ... argument does not escape
fmt_verb_T.go:27:12: ... argument does not escape
fmt_verb_T.go:27:29: 1 escapes to heap
fmt_verb_T.go:27:32: "s" escapes to heap
