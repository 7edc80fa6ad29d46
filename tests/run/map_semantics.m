map_semantics.go:11:13: m does not escape
map_semantics.go:18:21: map[string]int{...} escapes to heap
map_semantics.go:22:13: ... argument does not escape
map_semantics.go:22:23: len(a) escapes to heap
map_semantics.go:26:13: ... argument does not escape
map_semantics.go:26:23: len(b) escapes to heap
map_semantics.go:27:29: map[string]Account{...} does not escape
map_semantics.go:30:13: ... argument does not escape
map_semantics.go:30:26: accts["bob"].Balance escapes to heap
map_semantics.go:32:13: ... argument does not escape
map_semantics.go:32:26: accts["bob"].Balance escapes to heap
map_semantics.go:33:29: map[string]*Account{...} does not escape
map_semantics.go:33:37: &Account{...} escapes to heap
map_semantics.go:35:13: ... argument does not escape
map_semantics.go:35:25: ptrs["eve"].Balance escapes to heap
map_semantics.go:36:11: make(map[int]int) escapes to heap
map_semantics.go:38:13: ... argument does not escape
map_semantics.go:38:20: len(m) escapes to heap
map_semantics.go:40:13: ... argument does not escape
map_semantics.go:40:19: nilm == nil escapes to heap
map_semantics.go:40:29: m != nil escapes to heap
