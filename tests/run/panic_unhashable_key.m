panic_unhashable_key.go:6:10: m does not escape
panic_unhashable_key.go:6:33: leaking param: k
panic_unhashable_key.go:7:8: func literal does not escape
panic_unhashable_key.go:13:26: map[interface {}]int{} does not escape
panic_unhashable_key.go:14:13: ... argument does not escape
panic_unhashable_key.go:14:21: 1 escapes to heap
panic_unhashable_key.go:14:32: "a" escapes to heap
panic_unhashable_key.go:14:51: [2]int{...} escapes to heap
panic_unhashable_key.go:15:13: ... argument does not escape
panic_unhashable_key.go:15:26: []int{...} escapes to heap
panic_unhashable_key.go:15:26: []int{...} escapes to heap
panic_unhashable_key.go:16:13: ... argument does not escape
panic_unhashable_key.go:16:32: map[int]int{} escapes to heap
panic_unhashable_key.go:17:13: ... argument does not escape
panic_unhashable_key.go:17:41: struct { S []string }{} escapes to heap
panic_unhashable_key.go:18:13: ... argument does not escape
panic_unhashable_key.go:18:17: len(m) escapes to heap
panic_unhashable_key.go:19:2: func literal does not escape
panic_unhashable_key.go:20:9: func literal does not escape
panic_unhashable_key.go:20:29: ... argument does not escape
panic_unhashable_key.go:20:30: "lookup:" escapes to heap
panic_unhashable_key.go:21:15: ([]byte)("x") does not escape
panic_unhashable_key.go:21:15: ([]byte)("x") does not escape
panic_unhashable_key.go:23:22: func literal escapes to heap
