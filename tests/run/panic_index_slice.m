panic_index_slice.go:6:10: s does not escape
panic_index_slice.go:7:8: func literal does not escape
panic_index_slice.go:9:20: ... argument does not escape
panic_index_slice.go:16:12: []int{...} does not escape
panic_index_slice.go:17:25: []int{...} does not escape
panic_index_slice.go:19:14: ... argument does not escape
panic_index_slice.go:19:14: i escapes to heap
panic_index_slice.go:19:14: v escapes to heap
panic_index_slice.go:19:14: msg escapes to heap
panic_index_slice.go:23:13: ... argument does not escape
panic_index_slice.go:23:13: msg escapes to heap
panic_index_slice.go:25:13: ... argument does not escape
panic_index_slice.go:25:13: msg escapes to heap
panic_index_slice.go:27:13: ... argument does not escape
panic_index_slice.go:27:15: s[i] escapes to heap
