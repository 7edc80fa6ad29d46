panic_slice_to_array_ptr.go:7:12: []int{...} escapes to heap
panic_slice_to_array_ptr.go:10:13: ... argument does not escape
panic_slice_to_array_ptr.go:10:13: s escapes to heap
panic_slice_to_array_ptr.go:10:17: *p escapes to heap
panic_slice_to_array_ptr.go:10:24: len(p) escapes to heap
panic_slice_to_array_ptr.go:13:13: ... argument does not escape
panic_slice_to_array_ptr.go:13:13: s escapes to heap
panic_slice_to_array_ptr.go:16:13: ... argument does not escape
panic_slice_to_array_ptr.go:16:16: z == nil escapes to heap
panic_slice_to_array_ptr.go:18:13: ... argument does not escape
panic_slice_to_array_ptr.go:18:16: e != nil escapes to heap
panic_slice_to_array_ptr.go:19:2: func literal does not escape
panic_slice_to_array_ptr.go:20:9: func literal does not escape
panic_slice_to_array_ptr.go:20:29: ... argument does not escape
panic_slice_to_array_ptr.go:20:30: "recovered:" escapes to heap
