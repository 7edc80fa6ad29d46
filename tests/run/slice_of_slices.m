slice_of_slices.go:7:13: make([][]int, 6) does not escape
slice_of_slices.go:9:16: make([]int, i + 1) escapes to heap
slice_of_slices.go:16:14: ... argument does not escape
slice_of_slices.go:16:14: row escapes to heap
slice_of_slices.go:18:18: [][]rune{...} does not escape
slice_of_slices.go:18:25: []rune{...} escapes to heap
slice_of_slices.go:18:40: []rune{...} escapes to heap
slice_of_slices.go:19:28: []rune{...} escapes to heap
slice_of_slices.go:21:14: ... argument does not escape
slice_of_slices.go:21:14: i escapes to heap
slice_of_slices.go:21:24: string(row) escapes to heap
slice_of_slices.go:21:24: string(row) escapes to heap
slice_of_slices.go:21:34: len(row) escapes to heap
slice_of_slices.go:23:17: []int{...} escapes to heap
slice_of_slices.go:24:14: [][]int{...} escapes to heap
slice_of_slices.go:26:13: ... argument does not escape
slice_of_slices.go:26:13: m escapes to heap
slice_of_slices.go:27:15: []int{} escapes to heap
slice_of_slices.go:31:13: ... argument does not escape
slice_of_slices.go:31:17: len(flat) escapes to heap
slice_of_slices.go:31:29: flat[len(flat) - 3:] escapes to heap
slice_of_slices.go:33:37: []string{} escapes to heap
slice_of_slices.go:34:13: ... argument does not escape
slice_of_slices.go:34:17: len(empty) escapes to heap
slice_of_slices.go:34:35: empty[0] == nil escapes to heap
slice_of_slices.go:34:52: empty[1] == nil escapes to heap
