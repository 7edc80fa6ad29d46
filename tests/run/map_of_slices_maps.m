map_of_slices_maps.go:21:14: leaking param: a
map_of_slices_maps.go:21:17: leaking param: b
map_of_slices_maps.go:10:31: map[string][]string{} escapes to heap
map_of_slices_maps.go:11:19: []string{...} does not escape
map_of_slices_maps.go:16:13: ... argument does not escape
map_of_slices_maps.go:17:13: ... argument does not escape
map_of_slices_maps.go:17:17: len(groups["a"]) escapes to heap
map_of_slices_maps.go:17:35: len(groups["z"]) escapes to heap
map_of_slices_maps.go:19:13: ... argument does not escape
map_of_slices_maps.go:19:20: groups["a"] escapes to heap
map_of_slices_maps.go:20:37: map[string]map[string]int{} escapes to heap
map_of_slices_maps.go:21:9: func literal does not escape
map_of_slices_maps.go:24:26: map[string]int{} escapes to heap
map_of_slices_maps.go:33:13: ... argument does not escape
map_of_slices_maps.go:33:25: len(nested["x"]) escapes to heap
map_of_slices_maps.go:34:13: ... argument does not escape
map_of_slices_maps.go:34:28: nested["none"]["y"] escapes to heap
map_of_slices_maps.go:35:14: make([]string, 0, len(nested)) escapes to heap
map_of_slices_maps.go:40:13: ... argument does not escape
map_of_slices_maps.go:40:13: keys escapes to heap
map_of_slices_maps.go:41:28: map[int]map[int]bool{} does not escape
map_of_slices_maps.go:42:13: ... argument does not escape
map_of_slices_maps.go:42:20: ms[1] == nil escapes to heap
