range_forms.go:8:13: ... argument does not escape
range_forms.go:8:14: "get called" escapes to heap
range_forms.go:9:14: []int{...} escapes to heap
range_forms.go:13:12: []int{...} does not escape
range_forms.go:15:12: ... argument does not escape
range_forms.go:15:12: i escapes to heap
range_forms.go:15:16: " " escapes to heap
range_forms.go:18:12: ... argument does not escape
range_forms.go:18:12: v escapes to heap
range_forms.go:18:16: " " escapes to heap
range_forms.go:21:12: ... argument does not escape
range_forms.go:21:14: i * v escapes to heap
range_forms.go:21:18: " " escapes to heap
range_forms.go:28:12: ... argument does not escape
range_forms.go:28:12: i escapes to heap
range_forms.go:28:12: v escapes to heap
range_forms.go:28:19: " " escapes to heap
range_forms.go:33:12: ... argument does not escape
range_forms.go:33:12: i escapes to heap
range_forms.go:33:12: v escapes to heap
range_forms.go:33:19: " " escapes to heap
range_forms.go:36:21: map[string]int{...} does not escape
range_forms.go:42:13: ... argument does not escape
range_forms.go:42:13: sum escapes to heap
range_forms.go:42:22: len(keys) escapes to heap
range_forms.go:49:13: ... argument does not escape
range_forms.go:49:13: n escapes to heap
range_forms.go:50:13: []int{...} escapes to heap
range_forms.go:54:13: ... argument does not escape
range_forms.go:54:13: sl escapes to heap
range_forms.go:57:12: ... argument does not escape
range_forms.go:57:12: i escapes to heap
