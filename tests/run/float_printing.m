float_printing.go:8:13: ... argument does not escape
float_printing.go:8:14: 0.1 escapes to heap
float_printing.go:8:26: float32(0.1) escapes to heap
float_printing.go:8:33: 1e21 escapes to heap
float_printing.go:8:39: 1e20 escapes to heap
float_printing.go:8:45: 100.0 escapes to heap
float_printing.go:8:52: 1e-5 escapes to heap
float_printing.go:8:58: 1e-4 escapes to heap
float_printing.go:9:13: ... argument does not escape
float_printing.go:9:14: 3.0 escapes to heap
float_printing.go:9:19: 2.5 escapes to heap
float_printing.go:9:24: -0.0 escapes to heap
float_printing.go:9:33: 1.0 / 3.0 escapes to heap
float_printing.go:9:51: float32(1.0) / 3 escapes to heap
float_printing.go:10:13: ... argument does not escape
float_printing.go:10:14: 123456789.0 escapes to heap
float_printing.go:10:27: 1234567890123456789.0 escapes to heap
float_printing.go:10:50: 12345678901234567890123.0 escapes to heap
float_printing.go:11:13: ... argument does not escape
float_printing.go:11:14: 0.000123 escapes to heap
float_printing.go:11:24: 0.0000123 escapes to heap
float_printing.go:11:35: 5e-324 escapes to heap
float_printing.go:11:43: 1.7976931348623157e308 escapes to heap
float_printing.go:12:13: ... argument does not escape
float_printing.go:12:21: float32(16777216.0) escapes to heap
float_printing.go:12:42: float32(16777217.0) escapes to heap
float_printing.go:12:63: float32(3.4e38) escapes to heap
float_printing.go:14:13: ... argument does not escape
float_printing.go:14:13: z escapes to heap
float_printing.go:14:17: -z escapes to heap
float_printing.go:14:24: 0.1 + 0.2 escapes to heap
float_printing.go:15:11: ... argument does not escape
float_printing.go:15:12: 1.5 escapes to heap
float_printing.go:15:17: 2.25 escapes to heap
float_printing.go:15:23: "\n" escapes to heap
float_printing.go:16:17: ... argument does not escape
float_printing.go:16:25: float32(2.5) escapes to heap
float_printing.go:16:39: float64(100) escapes to heap
float_printing.go:17:13: ... argument does not escape
float_printing.go:17:13: s escapes to heap
float_printing.go:18:12: ... argument does not escape
float_printing.go:18:27: 1e6 escapes to heap
float_printing.go:18:32: 1e-7 escapes to heap
float_printing.go:18:45: float32(1e21) escapes to heap
