fmt_float_verbs.go:10:19: []float64{...} does not escape
fmt_float_verbs.go:12:13: ... argument does not escape
fmt_float_verbs.go:12:14: v escapes to heap
fmt_float_verbs.go:12:14: v escapes to heap
fmt_float_verbs.go:12:14: v escapes to heap
fmt_float_verbs.go:12:14: v escapes to heap
fmt_float_verbs.go:12:14: v escapes to heap
fmt_float_verbs.go:12:14: v escapes to heap
fmt_float_verbs.go:14:12: ... argument does not escape
fmt_float_verbs.go:14:39: 1234.5678 escapes to heap
fmt_float_verbs.go:14:50: 2.5 escapes to heap
fmt_float_verbs.go:14:55: 1234.5678 escapes to heap
fmt_float_verbs.go:14:69: 1.0 / 3 escapes to heap
fmt_float_verbs.go:15:12: ... argument does not escape
fmt_float_verbs.go:15:38: 0.5 escapes to heap
fmt_float_verbs.go:15:43: 1.5 escapes to heap
fmt_float_verbs.go:15:48: 2.5 escapes to heap
fmt_float_verbs.go:15:53: -0.5 escapes to heap
fmt_float_verbs.go:16:12: ... argument does not escape
fmt_float_verbs.go:16:27: 100000.0 escapes to heap
fmt_float_verbs.go:16:37: 1000000.0 escapes to heap
fmt_float_verbs.go:16:48: 1e20 escapes to heap
fmt_float_verbs.go:17:12: ... argument does not escape
fmt_float_verbs.go:17:34: float32(1) / 3 escapes to heap
fmt_float_verbs.go:17:45: float32(16777216) escapes to heap
fmt_float_verbs.go:18:12: ... argument does not escape
fmt_float_verbs.go:18:28: math.MaxFloat64 escapes to heap
fmt_float_verbs.go:18:45: math.SmallestNonzeroFloat64 escapes to heap
fmt_float_verbs.go:19:12: ... argument does not escape
fmt_float_verbs.go:19:31: float32(0.1) escapes to heap
fmt_float_verbs.go:19:45: float32(0.1) escapes to heap
fmt_float_verbs.go:20:12: ... argument does not escape
fmt_float_verbs.go:20:21: -0.0 escapes to heap
fmt_float_verbs.go:22:12: ... argument does not escape
fmt_float_verbs.go:22:13: negz escapes to heap
fmt_float_verbs.go:22:13: negz escapes to heap
fmt_float_verbs.go:22:13: negz escapes to heap
