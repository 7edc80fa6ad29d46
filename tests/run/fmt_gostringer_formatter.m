fmt_gostringer_formatter.go:8:51: ... argument does not escape
fmt_gostringer_formatter.go:8:65: int(i) escapes to heap
fmt_gostringer_formatter.go:12:23: leaking param: f
fmt_gostringer_formatter.go:13:13: ... argument does not escape
fmt_gostringer_formatter.go:13:17: verb escapes to heap
fmt_gostringer_formatter.go:15:14: ... argument does not escape
fmt_gostringer_formatter.go:15:18: w escapes to heap
fmt_gostringer_formatter.go:18:14: ... argument does not escape
fmt_gostringer_formatter.go:18:18: p escapes to heap
fmt_gostringer_formatter.go:20:13: ... argument does not escape
fmt_gostringer_formatter.go:21:9: f.Flag('+') escapes to heap
fmt_gostringer_formatter.go:21:22: f.Flag('-') escapes to heap
fmt_gostringer_formatter.go:21:35: f.Flag('#') escapes to heap
fmt_gostringer_formatter.go:21:49: m.Cents / 100 escapes to heap
fmt_gostringer_formatter.go:21:62: m.Cents % 100 escapes to heap
fmt_gostringer_formatter.go:25:12: ... argument does not escape
fmt_gostringer_formatter.go:25:30: ID(5) escapes to heap
fmt_gostringer_formatter.go:25:37: ID(5) escapes to heap
fmt_gostringer_formatter.go:25:44: ID(5) escapes to heap
fmt_gostringer_formatter.go:26:12: ... argument does not escape
fmt_gostringer_formatter.go:26:26: []ID{...} escapes to heap
fmt_gostringer_formatter.go:26:26: []ID{...} escapes to heap
fmt_gostringer_formatter.go:28:12: ... argument does not escape
fmt_gostringer_formatter.go:28:13: m escapes to heap
fmt_gostringer_formatter.go:29:12: ... argument does not escape
fmt_gostringer_formatter.go:29:13: m escapes to heap
fmt_gostringer_formatter.go:30:12: ... argument does not escape
fmt_gostringer_formatter.go:30:13: m escapes to heap
fmt_gostringer_formatter.go:31:13: ... argument does not escape
fmt_gostringer_formatter.go:31:13: m escapes to heap
fmt_gostringer_formatter.go:32:13: ... argument does not escape
fmt_gostringer_formatter.go:32:24: fmt.Sprint(... argument...) escapes to heap
fmt_gostringer_formatter.go:32:24: ... argument does not escape
fmt_gostringer_formatter.go:32:24: m escapes to heap
fmt_gostringer_formatter.go:32:24: m escapes to heap
fmt_gostringer_formatter.go:33:12: ... argument does not escape
fmt_gostringer_formatter.go:33:28: []Money{...} escapes to heap
fmt_gostringer_formatter.go:33:28: []Money{...} escapes to heap
