method_named_func_map.go:45:22: devirtualizing h.Handle to HandlerFunc
method_named_func_map.go:14:7: f does not escape
method_named_func_map.go:14:29: leaking param: s
method_named_func_map.go:18:7: c does not escape
method_named_func_map.go:18:21: leaking param content: words
method_named_func_map.go:24:7: c does not escape
method_named_func_map.go:25:12: make([]string, 0, len(c)) escapes to heap
method_named_func_map.go:35:7: p does not escape
method_named_func_map.go:35:44: "/" + strings.Join(p, "/") escapes to heap
method_named_func_map.go:36:7: leaking param content: p
method_named_func_map.go:36:21: leaking param: s
method_named_func_map.go:41:7: b does not escape
method_named_func_map.go:46:41: s does not escape
method_named_func_map.go:45:13: ... argument does not escape
method_named_func_map.go:45:22: HandlerFunc.Handle(h.(HandlerFunc), "hi") escapes to heap
method_named_func_map.go:46:20: []Handler{...} does not escape
method_named_func_map.go:46:36: func literal escapes to heap
method_named_func_map.go:46:69: s + "!" escapes to heap
method_named_func_map.go:51:13: ... argument does not escape
method_named_func_map.go:51:13: s escapes to heap
method_named_func_map.go:52:13: Counts{} does not escape
method_named_func_map.go:53:7: ... argument does not escape
method_named_func_map.go:54:13: ... argument does not escape
method_named_func_map.go:54:20: Counts.Keys(c) escapes to heap
method_named_func_map.go:54:25: c["b"] escapes to heap
method_named_func_map.go:54:35: len(c) escapes to heap
method_named_func_map.go:58:13: ... argument does not escape
method_named_func_map.go:58:13: p escapes to heap
method_named_func_map.go:58:20: len(p) escapes to heap
method_named_func_map.go:62:13: ... argument does not escape
method_named_func_map.go:62:13: b escapes to heap
method_named_func_map.go:62:22: Bits.Has(b, 1) escapes to heap
method_named_func_map.go:62:32: Bits.Has(b, 2) escapes to heap
method_named_func_map.go:62:42: Bits.Has(b, 3) escapes to heap
