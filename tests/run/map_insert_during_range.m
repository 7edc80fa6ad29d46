map_insert_during_range.go:8:19: map[int]bool{...} does not escape
map_insert_during_range.go:16:13: ... argument does not escape
map_insert_during_range.go:16:17: len(m) escapes to heap
map_insert_during_range.go:16:33: iterations >= 3 escapes to heap
map_insert_during_range.go:16:50: iterations <= 6 escapes to heap
map_insert_during_range.go:21:13: ... argument does not escape
map_insert_during_range.go:21:13: sum escapes to heap
map_insert_during_range.go:22:26: map[string]int{...} does not escape
map_insert_during_range.go:24:11: k + "!" escapes to heap
map_insert_during_range.go:27:13: ... argument does not escape
map_insert_during_range.go:27:20: counts["a"] escapes to heap
map_insert_during_range.go:27:39: len(counts) >= 2 escapes to heap
