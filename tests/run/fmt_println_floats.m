fmt_println_floats.go:7:19: []float64{...} does not escape
fmt_println_floats.go:10:14: ... argument does not escape
fmt_println_floats.go:10:14: v escapes to heap
fmt_println_floats.go:10:25: float32(v) escapes to heap
fmt_println_floats.go:12:13: ... argument does not escape
fmt_println_floats.go:12:21: float32(0.1) escapes to heap
fmt_println_floats.go:12:35: float64(float32(0.1)) escapes to heap
fmt_println_floats.go:12:58: float32(1e-10) escapes to heap
fmt_println_floats.go:12:74: float32(3.4e38) escapes to heap
fmt_println_floats.go:13:13: ... argument does not escape
fmt_println_floats.go:13:14: 3.0 escapes to heap
fmt_println_floats.go:13:19: 3.5 escapes to heap
fmt_println_floats.go:13:24: -0.5 escapes to heap
fmt_println_floats.go:13:30: 1e6 escapes to heap
fmt_println_floats.go:13:35: 1e-6 escapes to heap
fmt_println_floats.go:15:13: ... argument does not escape
fmt_println_floats.go:15:17: f32 * f32 escapes to heap
fmt_println_floats.go:15:35: float64(f32) * float64(f32) escapes to heap
fmt_println_floats.go:16:11: ... argument does not escape
fmt_println_floats.go:16:12: 2.5 escapes to heap
fmt_println_floats.go:16:17: 1.0 escapes to heap
fmt_println_floats.go:16:22: "\n" escapes to heap
fmt_println_floats.go:17:13: ... argument does not escape
fmt_println_floats.go:17:21: float32(16777217) escapes to heap
fmt_println_floats.go:17:40: float32(0.3) escapes to heap
fmt_println_floats.go:17:47: 1e23 escapes to heap
fmt_println_floats.go:17:53: 9007199254740993.0 escapes to heap
fmt_println_floats.go:18:13: ... argument does not escape
fmt_println_floats.go:18:14: -1e-7 escapes to heap
fmt_println_floats.go:18:21: 123.456e10 escapes to heap
fmt_println_floats.go:18:38: 1 / 3.0 * 3 escapes to heap
fmt_println_floats.go:20:13: ... argument does not escape
fmt_println_floats.go:20:15: x + y escapes to heap
fmt_println_floats.go:20:20: x * 3 escapes to heap
fmt_println_floats.go:20:25: 1 - 0.9 escapes to heap
