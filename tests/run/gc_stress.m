gc_stress.go:19:8: &node{...} escapes to heap
gc_stress.go:21:17: make([]byte, 1024) escapes to heap
gc_stress.go:33:13: ... argument does not escape
gc_stress.go:33:13: sum escapes to heap
gc_stress.go:33:13: withData escapes to heap
gc_stress.go:37:14: ([]byte)(s) does not escape
gc_stress.go:40:13: ... argument does not escape
gc_stress.go:40:13: total escapes to heap
gc_stress.go:41:20: map[int][]int{} does not escape
gc_stress.go:49:13: ... argument does not escape
gc_stress.go:49:17: len(m) escapes to heap
gc_stress.go:49:17: cnt escapes to heap
gc_stress.go:49:33: m[499][99] escapes to heap
gc_stress.go:52:27: make([]int, 100) escapes to heap
gc_stress.go:55:13: ... argument does not escape
gc_stress.go:55:28: keep[999][99] + keep[1][99] escapes to heap
