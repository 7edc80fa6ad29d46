zero_values.go:20:13: ... argument does not escape
zero_values.go:20:13: i8 escapes to heap
zero_values.go:20:13: u64 escapes to heap
zero_values.go:20:13: f32 escapes to heap
zero_values.go:20:13: r escapes to heap
zero_values.go:20:13: b escapes to heap
zero_values.go:20:13: t escapes to heap
zero_values.go:20:13: p escapes to heap
zero_values.go:21:12: ... argument does not escape
zero_values.go:21:13: s escapes to heap
zero_values.go:21:30: len(s) escapes to heap
zero_values.go:22:13: ... argument does not escape
zero_values.go:22:13: pkgInt escapes to heap
zero_values.go:22:29: pkgStr == "" escapes to heap
zero_values.go:22:29: pkgBool escapes to heap
zero_values.go:22:29: pkgFloat escapes to heap
zero_values.go:26:12: ... argument does not escape
zero_values.go:26:12: fresh escapes to heap
zero_values.go:26:20: " " escapes to heap
zero_values.go:31:13: ... argument does not escape
zero_values.go:31:13: a escapes to heap
zero_values.go:31:13: c escapes to heap
zero_values.go:31:13: d escapes to heap
zero_values.go:31:13: e escapes to heap
