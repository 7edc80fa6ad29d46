fmt_plus_v.go:20:2: moved to heap: o
fmt_plus_v.go:23:16: []Inner{...} escapes to heap
fmt_plus_v.go:24:25: map[string]Inner{...} escapes to heap
fmt_plus_v.go:26:12: ... argument does not escape
fmt_plus_v.go:26:13: o escapes to heap
fmt_plus_v.go:27:12: ... argument does not escape
fmt_plus_v.go:27:22: o.In escapes to heap
fmt_plus_v.go:28:12: ... argument does not escape
fmt_plus_v.go:29:12: ... argument does not escape
fmt_plus_v.go:29:35: []interface {}{...} escapes to heap
fmt_plus_v.go:29:35: []interface {}{...} escapes to heap
fmt_plus_v.go:29:41: Inner{} escapes to heap
fmt_plus_v.go:29:45: 5 escapes to heap
fmt_plus_v.go:29:48: -5 escapes to heap
fmt_plus_v.go:30:12: ... argument does not escape
fmt_plus_v.go:30:26: 3 escapes to heap
fmt_plus_v.go:30:29: 2.5 escapes to heap
fmt_plus_v.go:32:12: ... argument does not escape
fmt_plus_v.go:32:13: z escapes to heap
fmt_plus_v.go:33:12: ... argument does not escape
fmt_plus_v.go:33:30: struct {}{} escapes to heap
