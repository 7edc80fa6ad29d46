map_bool_keys.go:7:26: map[bool][]int{} escapes to heap
map_bool_keys.go:11:13: ... argument does not escape
map_bool_keys.go:11:20: parity[true] escapes to heap
map_bool_keys.go:11:34: parity[false] escapes to heap
map_bool_keys.go:11:46: len(parity) escapes to heap
map_bool_keys.go:12:13: ... argument does not escape
map_bool_keys.go:13:25: map[rune]int{} does not escape
map_bool_keys.go:17:13: ... argument does not escape
map_bool_keys.go:17:21: letters['l'] escapes to heap
map_bool_keys.go:17:35: letters['ö'] escapes to heap
map_bool_keys.go:17:50: letters['z'] escapes to heap
map_bool_keys.go:17:60: len(letters) escapes to heap
map_bool_keys.go:18:26: map[bool]string{...} does not escape
map_bool_keys.go:20:12: ... argument does not escape
map_bool_keys.go:20:13: v escapes to heap
map_bool_keys.go:20:13: ok escapes to heap
