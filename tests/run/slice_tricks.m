slice_tricks.go:22:14: main ignoring self-assignment in r[l], r[h] = r[h], r[l]
slice_tricks.go:22:14: main ignoring self-assignment in r[l], r[h] = r[h], r[l]
slice_tricks.go:7:12: []int{...} escapes to heap
slice_tricks.go:10:13: ... argument does not escape
slice_tricks.go:10:13: s escapes to heap
slice_tricks.go:10:20: len(s) escapes to heap
slice_tricks.go:10:28: cap(s) escapes to heap
slice_tricks.go:11:32: []int{...} does not escape
slice_tricks.go:12:13: ... argument does not escape
slice_tricks.go:12:13: s escapes to heap
slice_tricks.go:19:13: ... argument does not escape
slice_tricks.go:19:13: evens escapes to heap
slice_tricks.go:20:15: []string{...} escapes to heap
slice_tricks.go:24:13: ... argument does not escape
slice_tricks.go:24:13: r escapes to heap
slice_tricks.go:25:12: []int{...} escapes to heap
slice_tricks.go:32:13: ... argument does not escape
slice_tricks.go:32:13: out escapes to heap
slice_tricks.go:40:12: ... argument does not escape
slice_tricks.go:40:12: top escapes to heap
slice_tricks.go:40:18: " " escapes to heap
slice_tricks.go:43:19: []string{...} does not escape
slice_tricks.go:46:12: ... argument does not escape
slice_tricks.go:46:18: queue[0] escapes to heap
slice_tricks.go:46:23: " " escapes to heap
slice_tricks.go:49:13: ... argument does not escape
slice_tricks.go:49:17: len(queue) escapes to heap
slice_tricks.go:49:29: cap(queue) escapes to heap
