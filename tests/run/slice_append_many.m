slice_append_many.go:8:12: []int{} escapes to heap
slice_append_many.go:10:13: ... argument does not escape
slice_append_many.go:10:13: s escapes to heap
slice_append_many.go:10:20: len(s) escapes to heap
slice_append_many.go:10:28: cap(s) escapes to heap
slice_append_many.go:12:13: ... argument does not escape
slice_append_many.go:12:13: s escapes to heap
slice_append_many.go:12:20: len(s) escapes to heap
slice_append_many.go:12:28: cap(s) escapes to heap
slice_append_many.go:13:30: make([]int, 11) does not escape
slice_append_many.go:14:13: ... argument does not escape
slice_append_many.go:14:17: len(t) escapes to heap
slice_append_many.go:14:25: cap(t) escapes to heap
slice_append_many.go:15:18: make([]int, 5, 5) does not escape
slice_append_many.go:15:37: make([]int, 7) does not escape
slice_append_many.go:16:13: ... argument does not escape
slice_append_many.go:16:17: len(u) escapes to heap
slice_append_many.go:16:25: cap(u) escapes to heap
slice_append_many.go:17:20: ([]byte)("hello") does not escape
slice_append_many.go:18:13: ... argument does not escape
slice_append_many.go:18:20: string(b) escapes to heap
slice_append_many.go:18:20: string(b) escapes to heap
slice_append_many.go:18:28: len(b) escapes to heap
slice_append_many.go:18:36: cap(b) escapes to heap
slice_append_many.go:20:13: ... argument does not escape
slice_append_many.go:20:17: len(b2) escapes to heap
slice_append_many.go:20:26: cap(b2) escapes to heap
slice_append_many.go:21:14: make([]int, 3, 10) does not escape
slice_append_many.go:24:13: ... argument does not escape
slice_append_many.go:24:15: x[3] escapes to heap
slice_append_many.go:24:21: y[3] escapes to heap
slice_append_many.go:24:29: len(base) escapes to heap
slice_append_many.go:25:15: []int{...} does not escape
slice_append_many.go:28:13: ... argument does not escape
slice_append_many.go:28:15: p[3] escapes to heap
slice_append_many.go:28:21: q[3] escapes to heap
slice_append_many.go:30:13: ... argument does not escape
slice_append_many.go:30:13: s escapes to heap
slice_append_many.go:30:20: len(s) escapes to heap
slice_append_many.go:30:28: cap(s) escapes to heap
slice_append_many.go:32:13: ... argument does not escape
slice_append_many.go:32:13: s escapes to heap
slice_append_many.go:32:20: len(s) escapes to heap
slice_append_many.go:32:28: cap(s) escapes to heap
slice_append_many.go:35:13: ... argument does not escape
slice_append_many.go:35:16: n == nil escapes to heap
slice_append_many.go:35:27: len(n) escapes to heap
