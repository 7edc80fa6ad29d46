fmt_stringer.go:24:20: ... argument does not escape
fmt_stringer.go:24:37: int(c) escapes to heap
fmt_stringer.go:29:7: t does not escape
fmt_stringer.go:29:52: ... argument does not escape
fmt_stringer.go:29:64: t.Deg escapes to heap
fmt_stringer.go:38:2: moved to heap: t
fmt_stringer.go:33:13: ... argument does not escape
fmt_stringer.go:33:13: c escapes to heap
fmt_stringer.go:33:17: Blue escapes to heap
fmt_stringer.go:33:28: Color(7) escapes to heap
fmt_stringer.go:34:12: ... argument does not escape
fmt_stringer.go:34:13: c escapes to heap
fmt_stringer.go:34:13: c escapes to heap
fmt_stringer.go:34:13: c escapes to heap
fmt_stringer.go:34:13: c escapes to heap
fmt_stringer.go:34:13: c escapes to heap
fmt_stringer.go:34:13: c escapes to heap
fmt_stringer.go:35:13: ... argument does not escape
fmt_stringer.go:35:21: []Color{...} escapes to heap
fmt_stringer.go:35:21: []Color{...} escapes to heap
fmt_stringer.go:36:13: ... argument does not escape
fmt_stringer.go:36:27: map[Color]int{...} escapes to heap
fmt_stringer.go:37:12: ... argument does not escape
fmt_stringer.go:37:39: struct { C Color }{...} escapes to heap
fmt_stringer.go:39:13: ... argument does not escape
fmt_stringer.go:39:14: t escapes to heap
fmt_stringer.go:40:12: ... argument does not escape
fmt_stringer.go:40:35: []*Temp{...} escapes to heap
fmt_stringer.go:40:35: []*Temp{...} escapes to heap
fmt_stringer.go:41:12: ... argument does not escape
fmt_stringer.go:41:13: c escapes to heap
fmt_stringer.go:41:32: Red escapes to heap
fmt_stringer.go:42:17: ... argument does not escape
fmt_stringer.go:42:18: Blue escapes to heap
fmt_stringer.go:42:24: Red escapes to heap
fmt_stringer.go:43:13: ... argument does not escape
fmt_stringer.go:43:13: s escapes to heap
fmt_stringer.go:43:20: len(s) escapes to heap
