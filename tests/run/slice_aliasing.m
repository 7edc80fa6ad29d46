slice_aliasing.go:7:16: s does not escape
slice_aliasing.go:13:11: leaking param: s to result ~r0 level=0
slice_aliasing.go:18:12: []int{...} escapes to heap
slice_aliasing.go:21:13: ... argument does not escape
slice_aliasing.go:21:13: a escapes to heap
slice_aliasing.go:21:13: b escapes to heap
slice_aliasing.go:23:13: ... argument does not escape
slice_aliasing.go:23:13: a escapes to heap
slice_aliasing.go:25:13: ... argument does not escape
slice_aliasing.go:25:13: a escapes to heap
slice_aliasing.go:25:13: c escapes to heap
slice_aliasing.go:28:13: ... argument does not escape
slice_aliasing.go:28:13: a escapes to heap
slice_aliasing.go:28:13: d escapes to heap
slice_aliasing.go:32:13: ... argument does not escape
slice_aliasing.go:32:13: arr escapes to heap
slice_aliasing.go:33:14: [][]int{...} does not escape
slice_aliasing.go:35:13: ... argument does not escape
slice_aliasing.go:35:15: a[0] escapes to heap
slice_aliasing.go:36:11: make([]int, 0, 4) escapes to heap
slice_aliasing.go:39:13: ... argument does not escape
slice_aliasing.go:39:13: x1 escapes to heap
slice_aliasing.go:39:13: x2 escapes to heap
