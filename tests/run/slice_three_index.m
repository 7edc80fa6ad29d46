slice_three_index.go:19:2: moved to heap: arr
slice_three_index.go:7:15: []int{...} escapes to heap
slice_three_index.go:9:13: ... argument does not escape
slice_three_index.go:9:13: s escapes to heap
slice_three_index.go:9:20: len(s) escapes to heap
slice_three_index.go:9:28: cap(s) escapes to heap
slice_three_index.go:11:13: ... argument does not escape
slice_three_index.go:11:13: t escapes to heap
slice_three_index.go:11:20: len(t) escapes to heap
slice_three_index.go:11:28: cap(t) escapes to heap
slice_three_index.go:13:13: ... argument does not escape
slice_three_index.go:13:13: base escapes to heap
slice_three_index.go:16:13: ... argument does not escape
slice_three_index.go:16:13: base escapes to heap
slice_three_index.go:16:13: t escapes to heap
slice_three_index.go:18:13: ... argument does not escape
slice_three_index.go:18:17: len(u) escapes to heap
slice_three_index.go:18:25: cap(u) escapes to heap
slice_three_index.go:18:32: u == nil escapes to heap
slice_three_index.go:21:13: ... argument does not escape
slice_three_index.go:21:13: v escapes to heap
slice_three_index.go:21:20: len(v) escapes to heap
slice_three_index.go:21:28: cap(v) escapes to heap
slice_three_index.go:23:13: ... argument does not escape
slice_three_index.go:23:13: arr escapes to heap
slice_three_index.go:25:13: ... argument does not escape
slice_three_index.go:25:17: len(w) escapes to heap
slice_three_index.go:25:25: cap(w) escapes to heap
slice_three_index.go:27:13: ... argument does not escape
slice_three_index.go:27:13: w2 escapes to heap
slice_three_index.go:27:21: len(w2) escapes to heap
slice_three_index.go:27:30: cap(w2) escapes to heap
slice_three_index.go:27:38: w2[:cap(w2)] escapes to heap
slice_three_index.go:29:13: ... argument does not escape
slice_three_index.go:29:17: len(x) escapes to heap
slice_three_index.go:29:25: cap(x) escapes to heap
slice_three_index.go:29:25: x escapes to heap
