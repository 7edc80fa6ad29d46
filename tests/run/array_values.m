array_values.go:13:16: a does not escape
array_values.go:23:13: ... argument does not escape
array_values.go:23:13: a escapes to heap
array_values.go:23:13: b escapes to heap
array_values.go:25:13: ... argument does not escape
array_values.go:25:13: a escapes to heap
array_values.go:25:13: c escapes to heap
array_values.go:27:13: ... argument does not escape
array_values.go:27:13: a escapes to heap
array_values.go:28:13: ... argument does not escape
array_values.go:28:16: a == [3]int{...} escapes to heap
array_values.go:28:38: a != c escapes to heap
array_values.go:28:53: [0]int{} == [0]int{} escapes to heap
array_values.go:37:13: ... argument does not escape
array_values.go:37:13: grid escapes to heap
array_values.go:37:13: row escapes to heap
array_values.go:40:12: ... argument does not escape
array_values.go:40:12: i escapes to heap
array_values.go:40:16: "=" escapes to heap
array_values.go:40:16: v escapes to heap
array_values.go:40:24: " " escapes to heap
array_values.go:42:13: ... argument does not escape
array_values.go:42:13: a escapes to heap
array_values.go:44:13: ... argument does not escape
array_values.go:44:17: len(d) escapes to heap
array_values.go:44:17: d escapes to heap
array_values.go:44:36: fmt.Sprintf("%q", ... argument...) escapes to heap
array_values.go:44:36: ... argument does not escape
array_values.go:44:37: d escapes to heap
array_values.go:46:14: []pair{...} escapes to heap
array_values.go:49:13: ... argument does not escape
array_values.go:49:13: ps escapes to heap
array_values.go:49:13: p escapes to heap
