panic_index_negative.go:6:10: name does not escape
panic_index_negative.go:6:23: f does not escape
panic_index_negative.go:7:8: func literal does not escape
panic_index_negative.go:8:14: ... argument does not escape
panic_index_negative.go:8:19: name + ":" escapes to heap
panic_index_negative.go:8:19: name + ":" escapes to heap
panic_index_negative.go:15:12: []int{...} escapes to heap
panic_index_negative.go:18:15: func literal does not escape
panic_index_negative.go:19:15: func literal does not escape
panic_index_negative.go:20:16: func literal does not escape
panic_index_negative.go:22:16: func literal does not escape
panic_index_negative.go:23:13: ... argument does not escape
panic_index_negative.go:23:13: s escapes to heap
panic_index_negative.go:23:13: a escapes to heap
