untyped_constants.go:20:13: ... argument does not escape
untyped_constants.go:20:14: Small escapes to heap
untyped_constants.go:20:24: Big / (1 << 90) escapes to heap
untyped_constants.go:23:13: ... argument does not escape
untyped_constants.go:23:13: f32 escapes to heap
untyped_constants.go:23:13: f64 escapes to heap
untyped_constants.go:25:13: ... argument does not escape
untyped_constants.go:25:28: float64(x) * Pi > 31 escapes to heap
untyped_constants.go:25:35: 1 / 3.0 escapes to heap
untyped_constants.go:25:42: 1 / 3 escapes to heap
untyped_constants.go:27:13: ... argument does not escape
untyped_constants.go:27:13: r escapes to heap
untyped_constants.go:27:23: string(r) escapes to heap
untyped_constants.go:27:23: string(r) escapes to heap
untyped_constants.go:28:12: ... argument does not escape
untyped_constants.go:28:30: Small escapes to heap
untyped_constants.go:28:37: Pi escapes to heap
untyped_constants.go:28:41: 'x' escapes to heap
untyped_constants.go:28:46: Greeting escapes to heap
untyped_constants.go:29:13: ... argument does not escape
untyped_constants.go:29:19: Typed + 27 escapes to heap
untyped_constants.go:29:30: Sunday + 6 escapes to heap
untyped_constants.go:30:12: ... argument does not escape
untyped_constants.go:30:27: Sunday + 1 escapes to heap
untyped_constants.go:33:13: ... argument does not escape
untyped_constants.go:33:13: b escapes to heap
untyped_constants.go:34:13: ... argument does not escape
untyped_constants.go:34:18: math.MaxInt64 escapes to heap
untyped_constants.go:34:35: uint64(math.MaxUint64) escapes to heap
untyped_constants.go:34:57: math.MinInt64 escapes to heap
untyped_constants.go:37:13: ... argument does not escape
untyped_constants.go:37:14: c escapes to heap
untyped_constants.go:37:17: d escapes to heap
untyped_constants.go:37:27: float64(c) escapes to heap
untyped_constants.go:38:13: ... argument does not escape
untyped_constants.go:38:18: Big / Big escapes to heap
