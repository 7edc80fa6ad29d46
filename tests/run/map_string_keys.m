map_string_keys.go:10:21: map[string]int{...} escapes to heap
map_string_keys.go:14:13: ... argument does not escape
map_string_keys.go:14:15: m["ab"] escapes to heap
map_string_keys.go:14:24: m["xxx"] escapes to heap
map_string_keys.go:14:34: m[""] escapes to heap
map_string_keys.go:14:43: len(m) escapes to heap
map_string_keys.go:15:13: ([]byte)("xxx") does not escape
map_string_keys.go:16:13: ... argument does not escape
map_string_keys.go:16:15: m[string(b)] escapes to heap
map_string_keys.go:16:22: string(b) does not escape
map_string_keys.go:18:13: ... argument does not escape
map_string_keys.go:18:15: m[string(b)] escapes to heap
map_string_keys.go:18:22: string(b) does not escape
map_string_keys.go:18:31: len(m) escapes to heap
map_string_keys.go:19:10: string(b) escapes to heap
map_string_keys.go:21:13: ... argument does not escape
map_string_keys.go:22:26: map[string]int{} escapes to heap
map_string_keys.go:26:13: ... argument does not escape
map_string_keys.go:29:13: ... argument does not escape
map_string_keys.go:29:15: m[strings.Repeat("k", 1000)] escapes to heap
map_string_keys.go:29:45: m[long[:999]] escapes to heap
map_string_keys.go:31:13: ... argument does not escape
map_string_keys.go:31:15: m["h\u00e9llo"] escapes to heap
