comma_ok_var_decls.go:23:54: ... argument does not escape
comma_ok_var_decls.go:23:73: float64(c) escapes to heap
comma_ok_var_decls.go:26:13: ... argument does not escape
comma_ok_var_decls.go:29:13: ... argument does not escape
comma_ok_var_decls.go:31:6: celsius(21.5) escapes to heap
comma_ok_var_decls.go:35:13: ... argument does not escape
comma_ok_var_decls.go:38:13: ... argument does not escape
comma_ok_var_decls.go:40:18: map[int]any{...} does not escape
comma_ok_var_decls.go:40:20: "one" escapes to heap
comma_ok_var_decls.go:44:13: ... argument does not escape
comma_ok_var_decls.go:44:16: e == nil escapes to heap
comma_ok_var_decls.go:8:32: map[string]float64{...} escapes to heap
comma_ok_var_decls.go:14:25: any("word") does not escape
