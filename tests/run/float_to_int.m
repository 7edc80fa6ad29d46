float_to_int.go:10:14: ... argument does not escape
float_to_int.go:10:14: vals escapes to heap
float_to_int.go:10:24: int(vals) escapes to heap
float_to_int.go:10:36: int8(vals) escapes to heap
float_to_int.go:10:49: uint8(vals + 10) escapes to heap
float_to_int.go:13:13: ... argument does not escape
float_to_int.go:13:19: int32(f32) escapes to heap
float_to_int.go:13:31: int64(f32) escapes to heap
float_to_int.go:13:45: float64(int32(f32)) escapes to heap
float_to_int.go:15:13: ... argument does not escape
float_to_int.go:15:19: int64(big) escapes to heap
float_to_int.go:15:32: uint64(big * 10) escapes to heap
float_to_int.go:17:13: ... argument does not escape
float_to_int.go:17:21: float64(n) escapes to heap
float_to_int.go:17:33: float32(n) escapes to heap
float_to_int.go:17:43: int64(float64(n)) escapes to heap
float_to_int.go:19:13: ... argument does not escape
float_to_int.go:19:21: float64(u) escapes to heap
float_to_int.go:19:33: float32(u) escapes to heap
float_to_int.go:21:13: ... argument does not escape
float_to_int.go:21:24: float64(i) / 2 escapes to heap
float_to_int.go:21:38: float32(i) / 3 escapes to heap
float_to_int.go:21:43: i / 2 escapes to heap
float_to_int.go:23:13: ... argument does not escape
float_to_int.go:23:17: int(half) escapes to heap
float_to_int.go:23:28: int(-half) escapes to heap
float_to_int.go:23:40: int(half + half) escapes to heap
float_to_int.go:25:13: ... argument does not escape
float_to_int.go:25:24: float32(b) * 2 escapes to heap
float_to_int.go:25:38: float64(b) / 1000 escapes to heap
