map_delete_during_range.go:7:18: map[int]int{} does not escape
map_delete_during_range.go:16:13: ... argument does not escape
map_delete_during_range.go:16:17: len(m) escapes to heap
map_delete_during_range.go:21:15: ... argument does not escape
map_delete_during_range.go:21:16: "bad" escapes to heap
map_delete_during_range.go:24:13: ... argument does not escape
map_delete_during_range.go:24:13: sum escapes to heap
map_delete_during_range.go:31:13: ... argument does not escape
map_delete_during_range.go:31:17: len(m) escapes to heap
map_delete_during_range.go:31:30: visited <= 34 escapes to heap
map_delete_during_range.go:31:45: visited >= 17 escapes to heap
map_delete_during_range.go:33:14: ... argument does not escape
map_delete_during_range.go:33:15: "never" escapes to heap
map_delete_during_range.go:33:15: k escapes to heap
