uint_arith.go:9:13: ... argument does not escape
uint_arith.go:9:15: a - b escapes to heap
uint_arith.go:9:20: b - a escapes to heap
uint_arith.go:9:25: a * b escapes to heap
uint_arith.go:9:30: b / a escapes to heap
uint_arith.go:9:35: b % a escapes to heap
uint_arith.go:12:13: ... argument does not escape
uint_arith.go:12:13: c escapes to heap
uint_arith.go:12:18: c + 1 escapes to heap
uint_arith.go:12:23: c / 2 escapes to heap
uint_arith.go:12:28: c >> 31 escapes to heap
uint_arith.go:14:13: ... argument does not escape
uint_arith.go:14:13: d escapes to heap
uint_arith.go:14:18: d * 2 escapes to heap
uint_arith.go:14:25: d + d - 1 escapes to heap
uint_arith.go:14:30: d / 3 escapes to heap
uint_arith.go:16:13: ... argument does not escape
uint_arith.go:16:15: e * e escapes to heap
uint_arith.go:16:20: e * 15 escapes to heap
uint_arith.go:16:29: e * 16 + 1 escapes to heap
uint_arith.go:16:33: -e escapes to heap
uint_arith.go:18:13: ... argument does not escape
uint_arith.go:18:15: f * f escapes to heap
uint_arith.go:18:20: f * 65 escapes to heap
uint_arith.go:18:25: ^f escapes to heap
uint_arith.go:20:13: ... argument does not escape
uint_arith.go:20:14: ^g escapes to heap
uint_arith.go:20:18: -g escapes to heap
uint_arith.go:20:26: g - 1 > g escapes to heap
uint_arith.go:22:13: ... argument does not escape
uint_arith.go:22:13: h escapes to heap
uint_arith.go:22:18: h / 10 escapes to heap
uint_arith.go:22:24: h % 10 escapes to heap
uint_arith.go:22:30: h * 3 escapes to heap
uint_arith.go:25:13: ... argument does not escape
uint_arith.go:25:15: x + y escapes to heap
uint_arith.go:25:21: x > y escapes to heap
uint_arith.go:25:27: x / y escapes to heap
uint_arith.go:26:12: ... argument does not escape
uint_arith.go:26:27: ^uint32(0) escapes to heap
uint_arith.go:26:39: ^uint64(0) escapes to heap
uint_arith.go:26:51: ^uint8(1) escapes to heap
