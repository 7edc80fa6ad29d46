map_int_keys.go:7:21: map[int]string{} escapes to heap
map_int_keys.go:9:24: ... argument does not escape
map_int_keys.go:9:25: "cube" escapes to heap
map_int_keys.go:9:25: i escapes to heap
map_int_keys.go:11:13: ... argument does not escape
map_int_keys.go:11:17: len(m) escapes to heap
map_int_keys.go:11:23: m[27] escapes to heap
map_int_keys.go:11:30: m[-8] escapes to heap
map_int_keys.go:11:41: m[5] == "" escapes to heap
map_int_keys.go:15:13: ... argument does not escape
map_int_keys.go:15:17: len(m) escapes to heap
map_int_keys.go:16:20: map[int8]int{} does not escape
map_int_keys.go:20:13: ... argument does not escape
map_int_keys.go:20:17: len(m8) escapes to heap
map_int_keys.go:20:25: m8[0] escapes to heap
map_int_keys.go:20:32: m8[43] escapes to heap
map_int_keys.go:20:40: m8[44] escapes to heap
map_int_keys.go:20:48: m8[-1] escapes to heap
map_int_keys.go:21:23: map[uint64]bool{...} does not escape
map_int_keys.go:22:13: ... argument does not escape
map_int_keys.go:22:16: mu[1 << 63] escapes to heap
map_int_keys.go:22:27: mu[0] escapes to heap
map_int_keys.go:22:35: len(mu) escapes to heap
map_int_keys.go:23:13: make(map[int]int, 10) does not escape
map_int_keys.go:31:13: ... argument does not escape
map_int_keys.go:31:17: len(big) escapes to heap
map_int_keys.go:31:17: sum escapes to heap
map_int_keys.go:31:32: big[0] escapes to heap
map_int_keys.go:31:40: big[1233] escapes to heap
