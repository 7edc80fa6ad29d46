float32_arith.go:9:13: ... argument does not escape
float32_arith.go:9:15: a + b escapes to heap
float32_arith.go:9:26: float64(a + b) escapes to heap
float32_arith.go:9:37: a + b == 0.3 escapes to heap
float32_arith.go:11:13: ... argument does not escape
float32_arith.go:11:15: x + y escapes to heap
float32_arith.go:11:23: x + y == 0.3 escapes to heap
float32_arith.go:13:13: ... argument does not escape
float32_arith.go:13:17: big + 1 escapes to heap
float32_arith.go:13:24: big + 2 escapes to heap
float32_arith.go:13:34: big + 1 == big escapes to heap
float32_arith.go:18:13: ... argument does not escape
float32_arith.go:18:13: sum escapes to heap
float32_arith.go:18:26: float64(sum) escapes to heap
float32_arith.go:23:13: ... argument does not escape
float32_arith.go:23:13: sum64 escapes to heap
float32_arith.go:26:13: ... argument does not escape
float32_arith.go:26:13: third escapes to heap
float32_arith.go:26:26: third * 3 escapes to heap
float32_arith.go:26:44: float64(third) * 3 escapes to heap
float32_arith.go:28:13: ... argument does not escape
float32_arith.go:28:15: p * p escapes to heap
float32_arith.go:28:29: float64(p) * float64(p) escapes to heap
float32_arith.go:30:13: ... argument does not escape
float32_arith.go:30:18: tiny * tiny escapes to heap
float32_arith.go:30:29: tiny * 1e-10 escapes to heap
float32_arith.go:32:13: ... argument does not escape
float32_arith.go:32:15: h * 10 escapes to heap
float32_arith.go:32:22: -h * 10 escapes to heap
float32_arith.go:34:13: ... argument does not escape
float32_arith.go:34:21: float32(f64) escapes to heap
float32_arith.go:34:41: float32(f64) == 1 escapes to heap
float32_arith.go:36:13: ... argument does not escape
float32_arith.go:36:15: c / 7 escapes to heap
float32_arith.go:36:25: c / 7 * 7 == c escapes to heap
