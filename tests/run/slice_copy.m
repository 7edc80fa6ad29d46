slice_copy.go:7:14: []int{...} does not escape
slice_copy.go:8:13: make([]int, 3) escapes to heap
slice_copy.go:10:13: ... argument does not escape
slice_copy.go:10:13: n escapes to heap
slice_copy.go:10:13: dst escapes to heap
slice_copy.go:11:13: make([]int, 8) escapes to heap
slice_copy.go:13:13: ... argument does not escape
slice_copy.go:13:13: n escapes to heap
slice_copy.go:13:13: big escapes to heap
slice_copy.go:14:12: []int{...} escapes to heap
slice_copy.go:16:13: ... argument does not escape
slice_copy.go:16:13: n escapes to heap
slice_copy.go:16:13: s escapes to heap
slice_copy.go:17:11: []int{...} escapes to heap
slice_copy.go:19:13: ... argument does not escape
slice_copy.go:19:13: n escapes to heap
slice_copy.go:19:13: s escapes to heap
slice_copy.go:20:11: make([]byte, 4) escapes to heap
slice_copy.go:22:13: ... argument does not escape
slice_copy.go:22:13: n escapes to heap
slice_copy.go:22:13: b escapes to heap
slice_copy.go:22:26: string(b[:3]) escapes to heap
slice_copy.go:22:26: string(b[:3]) escapes to heap
slice_copy.go:24:13: ... argument does not escape
slice_copy.go:24:13: n escapes to heap
slice_copy.go:26:13: ... argument does not escape
slice_copy.go:26:18: copy(nilDst, src) escapes to heap
slice_copy.go:27:18: []string{...} escapes to heap
slice_copy.go:28:11: make([]string, 2) escapes to heap
slice_copy.go:31:13: ... argument does not escape
slice_copy.go:31:13: strs escapes to heap
slice_copy.go:31:13: c escapes to heap
slice_copy.go:33:21: []int{...} does not escape
slice_copy.go:34:13: ... argument does not escape
slice_copy.go:34:13: arr escapes to heap
