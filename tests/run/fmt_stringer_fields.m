fmt_stringer_fields.go:13:7: p does not escape
fmt_stringer_fields.go:13:53: ... argument does not escape
fmt_stringer_fields.go:13:54: "PtrStr#" escapes to heap
fmt_stringer_fields.go:13:66: p.n escapes to heap
fmt_stringer_fields.go:23:42: &PtrStr{...} escapes to heap
fmt_stringer_fields.go:24:13: ... argument does not escape
fmt_stringer_fields.go:24:13: c escapes to heap
fmt_stringer_fields.go:25:12: ... argument does not escape
fmt_stringer_fields.go:25:13: c escapes to heap
fmt_stringer_fields.go:26:13: ... argument does not escape
fmt_stringer_fields.go:26:21: []Level{...} escapes to heap
fmt_stringer_fields.go:26:21: []Level{...} escapes to heap
fmt_stringer_fields.go:26:44: map[Level]Level{...} escapes to heap
fmt_stringer_fields.go:27:13: ... argument does not escape
fmt_stringer_fields.go:27:22: []PtrStr{...} escapes to heap
fmt_stringer_fields.go:27:22: []PtrStr{...} escapes to heap
fmt_stringer_fields.go:27:38: []*PtrStr{...} escapes to heap
fmt_stringer_fields.go:27:38: []*PtrStr{...} escapes to heap
fmt_stringer_fields.go:27:39: &PtrStr{...} escapes to heap
fmt_stringer_fields.go:28:13: ... argument does not escape
fmt_stringer_fields.go:28:20: PtrStr{...} escapes to heap
fmt_stringer_fields.go:28:25: &PtrStr{...} escapes to heap
fmt_stringer_fields.go:30:13: ... argument does not escape
fmt_stringer_fields.go:30:13: arr escapes to heap
fmt_stringer_fields.go:30:36: struct { L Level }{...} escapes to heap
fmt_stringer_fields.go:31:12: ... argument does not escape
fmt_stringer_fields.go:31:13: arr escapes to heap
fmt_stringer_fields.go:31:13: arr escapes to heap
fmt_stringer_fields.go:31:13: arr escapes to heap
