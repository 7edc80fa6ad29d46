fmt_complex.go:8:13: ... argument does not escape
fmt_complex.go:8:13: c escapes to heap
fmt_complex.go:8:21: real(c) escapes to heap
fmt_complex.go:8:30: imag(c) escapes to heap
fmt_complex.go:10:13: ... argument does not escape
fmt_complex.go:10:15: c + d escapes to heap
fmt_complex.go:10:20: c - d escapes to heap
fmt_complex.go:10:25: c * d escapes to heap
fmt_complex.go:10:30: c / d escapes to heap
fmt_complex.go:11:13: ... argument does not escape
fmt_complex.go:11:16: c == complex(3, 4) escapes to heap
fmt_complex.go:11:36: c != d escapes to heap
fmt_complex.go:13:13: ... argument does not escape
fmt_complex.go:13:13: z escapes to heap
fmt_complex.go:13:19: z == 0 escapes to heap
fmt_complex.go:15:13: ... argument does not escape
fmt_complex.go:15:13: f escapes to heap
fmt_complex.go:15:21: real(f) escapes to heap
fmt_complex.go:15:30: imag(f) escapes to heap
fmt_complex.go:16:12: ... argument does not escape
fmt_complex.go:16:13: c escapes to heap
fmt_complex.go:16:13: c escapes to heap
fmt_complex.go:16:13: c escapes to heap
fmt_complex.go:16:13: d escapes to heap
fmt_complex.go:17:12: ... argument does not escape
fmt_complex.go:17:13: c escapes to heap
fmt_complex.go:17:13: f escapes to heap
fmt_complex.go:17:37: real(f) escapes to heap
fmt_complex.go:18:12: ... argument does not escape
fmt_complex.go:18:13: c escapes to heap
fmt_complex.go:18:13: d escapes to heap
fmt_complex.go:20:13: ... argument does not escape
fmt_complex.go:20:15: i * i escapes to heap
fmt_complex.go:20:19: -i escapes to heap
fmt_complex.go:20:25: 2i * 3 escapes to heap
fmt_complex.go:21:12: ... argument does not escape
fmt_complex.go:21:13: c escapes to heap
fmt_complex.go:21:40: []complex128{...} escapes to heap
fmt_complex.go:21:40: []complex128{...} escapes to heap
fmt_complex.go:23:13: ... argument does not escape
fmt_complex.go:23:13: m escapes to heap
fmt_complex.go:23:21: real(m) escapes to heap
