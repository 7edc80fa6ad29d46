map_struct_array_keys.go:17:26: map[Point]string{} escapes to heap
map_struct_array_keys.go:21:13: ... argument does not escape
map_struct_array_keys.go:21:18: grid[p] escapes to heap
map_struct_array_keys.go:21:41: grid[Point{...}] == "" escapes to heap
map_struct_array_keys.go:21:51: len(grid) escapes to heap
map_struct_array_keys.go:23:13: ... argument does not escape
map_struct_array_keys.go:24:18: map[Key]int{} does not escape
map_struct_array_keys.go:31:13: ... argument does not escape
map_struct_array_keys.go:31:17: len(m) escapes to heap
map_struct_array_keys.go:31:23: m[k1] escapes to heap
map_struct_array_keys.go:31:30: m[Key{...}] escapes to heap
map_struct_array_keys.go:32:23: map[[3]int]int{} escapes to heap
map_struct_array_keys.go:36:13: ... argument does not escape
map_struct_array_keys.go:38:23: map[pair]bool{...} does not escape
map_struct_array_keys.go:39:13: ... argument does not escape
map_struct_array_keys.go:39:18: seen[pair{...}] escapes to heap
map_struct_array_keys.go:39:40: seen[pair{...}] escapes to heap
map_struct_array_keys.go:40:27: map[struct {}]int{} escapes to heap
map_struct_array_keys.go:43:13: ... argument does not escape
map_struct_array_keys.go:43:24: len(empty) escapes to heap
