complex_inc_dec.go:17:28: map[string]complex128{} does not escape
complex_inc_dec.go:24:21: []complex128{...} escapes to heap
complex_inc_dec.go:26:13: ... argument does not escape
complex_inc_dec.go:26:13: c escapes to heap
complex_inc_dec.go:26:13: d escapes to heap
complex_inc_dec.go:26:21: m["x"] escapes to heap
complex_inc_dec.go:26:29: m["y"] escapes to heap
complex_inc_dec.go:26:29: s escapes to heap
complex_inc_dec.go:26:29: arr escapes to heap
