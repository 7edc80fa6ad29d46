panic_index_string.go:6:9: s does not escape
panic_index_string.go:7:8: func literal does not escape
panic_index_string.go:13:13: ... argument does not escape
panic_index_string.go:13:17: len(s) escapes to heap
panic_index_string.go:14:25: []int{...} does not escape
panic_index_string.go:16:14: ... argument does not escape
panic_index_string.go:16:14: i escapes to heap
panic_index_string.go:16:14: b escapes to heap
panic_index_string.go:19:13: ... argument does not escape
panic_index_string.go:21:13: ... argument does not escape
panic_index_string.go:21:15: s[j] escapes to heap
