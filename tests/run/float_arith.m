float_arith.go:8:13: ... argument does not escape
float_arith.go:8:15: a + b escapes to heap
float_arith.go:8:20: a * b escapes to heap
float_arith.go:8:25: b / a escapes to heap
float_arith.go:8:30: a - b escapes to heap
float_arith.go:9:13: ... argument does not escape
float_arith.go:9:18: a + b > 0.3 escapes to heap
float_arith.go:9:29: a + b == 0.30000000000000004 escapes to heap
float_arith.go:11:13: ... argument does not escape
float_arith.go:11:18: x + 1 == x escapes to heap
float_arith.go:11:28: x + 2 == x escapes to heap
float_arith.go:12:13: ... argument does not escape
float_arith.go:12:17: 7.0 / 2 escapes to heap
float_arith.go:12:25: -7.0 / 2 escapes to heap
float_arith.go:12:34: 1.0 / 3 * 3 escapes to heap
float_arith.go:14:13: ... argument does not escape
float_arith.go:14:15: f / 2 escapes to heap
float_arith.go:14:19: -f escapes to heap
float_arith.go:14:23: +f escapes to heap
float_arith.go:14:30: f * f * f escapes to heap
float_arith.go:19:13: ... argument does not escape
float_arith.go:19:13: y escapes to heap
float_arith.go:21:13: ... argument does not escape
float_arith.go:21:21: big * 10 > big escapes to heap
float_arith.go:21:31: big * 10 escapes to heap
float_arith.go:25:13: ... argument does not escape
float_arith.go:25:13: c escapes to heap
float_arith.go:25:19: c > 12 escapes to heap
float_arith.go:25:27: c <= 13 escapes to heap
float_arith.go:25:36: c != 13 escapes to heap
float_arith.go:30:13: ... argument does not escape
float_arith.go:30:13: s escapes to heap
float_arith.go:31:12: ... argument does not escape
float_arith.go:31:24: 0.1 escapes to heap
float_arith.go:32:13: ... argument does not escape
float_arith.go:32:28: float64(1 << 53) + 1 escapes to heap
float_arith.go:32:39: float64(1 << 53 + 1) escapes to heap
