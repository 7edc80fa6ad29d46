panic_nil_func_call.go:8:13: ... argument does not escape
panic_nil_func_call.go:8:16: f == nil escapes to heap
panic_nil_func_call.go:9:33: map[string]func(int) int{...} does not escape
panic_nil_func_call.go:10:13: func literal escapes to heap
panic_nil_func_call.go:12:13: ... argument does not escape
panic_nil_func_call.go:12:27: ops["double"](21) escapes to heap
panic_nil_func_call.go:14:13: ... argument does not escape
panic_nil_func_call.go:14:16: g == nil escapes to heap
panic_nil_func_call.go:17:2: func literal does not escape
panic_nil_func_call.go:18:9: func literal does not escape
panic_nil_func_call.go:18:29: ... argument does not escape
panic_nil_func_call.go:18:30: "slice element:" escapes to heap
panic_nil_func_call.go:21:8: func literal does not escape
panic_nil_func_call.go:22:14: ... argument does not escape
panic_nil_func_call.go:22:15: "recovered:" escapes to heap
panic_nil_func_call.go:24:13: ... argument does not escape
panic_nil_func_call.go:24:15: g(1) escapes to heap
