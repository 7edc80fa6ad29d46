conv_numeric.go:7:17: []float64{...} does not escape
conv_numeric.go:9:12: ... argument does not escape
conv_numeric.go:9:16: int(f) escapes to heap
conv_numeric.go:9:21: " " escapes to heap
conv_numeric.go:9:31: int64(f) escapes to heap
conv_numeric.go:9:36: " " escapes to heap
conv_numeric.go:9:46: int32(f) escapes to heap
conv_numeric.go:9:51: "|" escapes to heap
conv_numeric.go:13:13: ... argument does not escape
conv_numeric.go:13:19: uint8(big) escapes to heap
conv_numeric.go:13:30: int8(big) escapes to heap
conv_numeric.go:13:41: int8(big - 100) escapes to heap
conv_numeric.go:13:58: uint16(-1 + big - big) escapes to heap
conv_numeric.go:15:13: ... argument does not escape
conv_numeric.go:15:19: uint8(neg) escapes to heap
conv_numeric.go:15:32: uint16(neg) escapes to heap
conv_numeric.go:15:45: uint32(neg) escapes to heap
conv_numeric.go:15:58: uint64(neg) escapes to heap
conv_numeric.go:17:13: ... argument does not escape
conv_numeric.go:17:19: int16(i8) escapes to heap
conv_numeric.go:17:31: uint16(i8) escapes to heap
conv_numeric.go:17:42: int64(i8) escapes to heap
conv_numeric.go:17:53: uint8(i8) escapes to heap
conv_numeric.go:19:13: ... argument does not escape
conv_numeric.go:19:18: int8(u8) escapes to heap
conv_numeric.go:19:27: int(u8) escapes to heap
conv_numeric.go:19:35: u8 + 10 escapes to heap
conv_numeric.go:21:13: ... argument does not escape
conv_numeric.go:21:19: int32(x) escapes to heap
conv_numeric.go:21:29: int32(x + 7) escapes to heap
conv_numeric.go:21:42: uint32(x - 1) escapes to heap
conv_numeric.go:22:13: ... argument does not escape
conv_numeric.go:22:24: float64(7) / 2 escapes to heap
conv_numeric.go:22:35: float64(7 / 2) escapes to heap
conv_numeric.go:22:52: float32(1) / 3 escapes to heap
conv_numeric.go:24:13: ... argument does not escape
conv_numeric.go:24:13: f32 escapes to heap
conv_numeric.go:24:26: float64(f32) escapes to heap
conv_numeric.go:24:36: int(f32) escapes to heap
conv_numeric.go:26:13: ... argument does not escape
conv_numeric.go:26:18: u - 4 > 0 escapes to heap
conv_numeric.go:26:29: int(u) - 4 escapes to heap
conv_numeric.go:29:13: ... argument does not escape
conv_numeric.go:29:13: r escapes to heap
conv_numeric.go:29:13: b escapes to heap
conv_numeric.go:29:27: rune(b) + 1 escapes to heap
conv_numeric.go:30:13: ... argument does not escape
conv_numeric.go:30:19: int64(float32(0.1) * 10) escapes to heap
conv_numeric.go:30:45: float64(float32(0.1)) escapes to heap
