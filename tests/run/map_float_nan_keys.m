map_float_nan_keys.go:12:22: map[float64]int{} escapes to heap
map_float_nan_keys.go:17:13: ... argument does not escape
map_float_nan_keys.go:17:17: len(m) escapes to heap
map_float_nan_keys.go:19:13: ... argument does not escape
map_float_nan_keys.go:19:13: ok escapes to heap
map_float_nan_keys.go:26:13: ... argument does not escape
map_float_nan_keys.go:26:13: sum escapes to heap
map_float_nan_keys.go:28:13: ... argument does not escape
map_float_nan_keys.go:28:17: len(m) escapes to heap
map_float_nan_keys.go:32:13: ... argument does not escape
map_float_nan_keys.go:32:17: len(m) escapes to heap
map_float_nan_keys.go:32:23: m[0] escapes to heap
map_float_nan_keys.go:35:13: ... argument does not escape
map_float_nan_keys.go:35:15: m[0.3] escapes to heap
map_float_nan_keys.go:35:23: m[0.30000000000000004] escapes to heap
map_float_nan_keys.go:35:47: m[math.Inf(1)] escapes to heap
map_float_nan_keys.go:36:25: map[float32]bool{...} does not escape
map_float_nan_keys.go:37:13: ... argument does not escape
map_float_nan_keys.go:37:17: f32[0.1] escapes to heap
map_float_nan_keys.go:37:27: f32[float32(0.1)] escapes to heap
map_float_nan_keys.go:38:13: ... argument does not escape
