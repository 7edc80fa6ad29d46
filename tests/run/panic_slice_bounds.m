panic_slice_bounds.go:6:10: name does not escape
panic_slice_bounds.go:6:23: f does not escape
panic_slice_bounds.go:7:8: func literal does not escape
panic_slice_bounds.go:8:14: ... argument does not escape
panic_slice_bounds.go:8:19: name + ":" escapes to heap
panic_slice_bounds.go:8:19: name + ":" escapes to heap
panic_slice_bounds.go:14:11: make([]int, 3, 5) escapes to heap
panic_slice_bounds.go:16:27: func literal does not escape
panic_slice_bounds.go:17:26: func literal does not escape
panic_slice_bounds.go:17:46: ... argument does not escape
panic_slice_bounds.go:17:50: len(s[:5]) escapes to heap
panic_slice_bounds.go:18:27: func literal does not escape
panic_slice_bounds.go:20:16: func literal does not escape
panic_slice_bounds.go:21:19: func literal does not escape
panic_slice_bounds.go:22:19: func literal does not escape
panic_slice_bounds.go:23:22: func literal does not escape
panic_slice_bounds.go:25:17: func literal does not escape
panic_slice_bounds.go:27:19: func literal does not escape
panic_slice_bounds.go:29:17: func literal does not escape
panic_slice_bounds.go:30:13: ... argument does not escape
panic_slice_bounds.go:30:15: s[lo - 1:] escapes to heap
panic_slice_bounds.go:30:27: len(s[:0]) escapes to heap
