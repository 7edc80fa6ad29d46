fmt_maps_sorted.go:15:13: ... argument does not escape
fmt_maps_sorted.go:15:28: map[int]string{...} escapes to heap
fmt_maps_sorted.go:16:13: ... argument does not escape
fmt_maps_sorted.go:16:28: map[string]int{...} escapes to heap
fmt_maps_sorted.go:17:13: ... argument does not escape
fmt_maps_sorted.go:17:29: map[float64]int{...} escapes to heap
fmt_maps_sorted.go:18:13: ... argument does not escape
fmt_maps_sorted.go:18:26: map[bool]int{...} escapes to heap
fmt_maps_sorted.go:19:13: ... argument does not escape
fmt_maps_sorted.go:19:23: map[K]int{...} escapes to heap
fmt_maps_sorted.go:20:13: ... argument does not escape
fmt_maps_sorted.go:20:29: map[[2]int]bool{...} escapes to heap
fmt_maps_sorted.go:21:13: ... argument does not escape
fmt_maps_sorted.go:21:26: map[rune]int{...} escapes to heap
fmt_maps_sorted.go:22:13: ... argument does not escape
fmt_maps_sorted.go:22:33: map[interface {}]int{...} escapes to heap
fmt_maps_sorted.go:22:37: "b" escapes to heap
fmt_maps_sorted.go:22:45: "a" escapes to heap
fmt_maps_sorted.go:22:53: "c" escapes to heap
fmt_maps_sorted.go:23:12: ... argument does not escape
fmt_maps_sorted.go:23:47: map[string][]int{...} escapes to heap
fmt_maps_sorted.go:23:53: []int{...} escapes to heap
fmt_maps_sorted.go:23:81: map[string]K{...} escapes to heap
fmt_maps_sorted.go:23:104: map[int]bool{...} escapes to heap
fmt_maps_sorted.go:24:13: ... argument does not escape
fmt_maps_sorted.go:24:27: map[uint8]int{...} escapes to heap
fmt_maps_sorted.go:25:13: ... argument does not escape
fmt_maps_sorted.go:25:39: map[string]map[string]int{...} escapes to heap
fmt_maps_sorted.go:25:45: map[string]int{...} escapes to heap
