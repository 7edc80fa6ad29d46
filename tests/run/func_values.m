func_values.go:12:14: leaking param: f
func_values.go:12:17: leaking param: g
func_values.go:13:14: leaking param: s
func_values.go:13:9: func literal escapes to heap
func_values.go:16:11: xs does not escape
func_values.go:16:31: op does not escape
func_values.go:44:41: s does not escape
func_values.go:25:25: map[string]BinOp{...} does not escape
func_values.go:26:10: func literal escapes to heap
func_values.go:27:10: func literal escapes to heap
func_values.go:28:10: func literal escapes to heap
func_values.go:35:15: make([]string, 0) escapes to heap
func_values.go:40:13: []int{...} does not escape
func_values.go:42:14: ... argument does not escape
func_values.go:42:14: n escapes to heap
func_values.go:42:22: fold(xs, 1, ops[n]) escapes to heap
func_values.go:44:36: func literal escapes to heap
func_values.go:44:69: s + "!" escapes to heap
func_values.go:45:13: ... argument does not escape
func_values.go:45:19: shout("hey") escapes to heap
func_values.go:46:35: []func(string) string{...} does not escape
func_values.go:51:12: ... argument does not escape
func_values.go:51:13: s escapes to heap
func_values.go:53:13: ... argument does not escape
func_values.go:53:22: missing == nil escapes to heap
func_values.go:53:42: ops["none"] == nil escapes to heap
func_values.go:53:61: ops["add"] != nil escapes to heap
func_values.go:54:13: ... argument does not escape
func_values.go:54:46: (func literal)(7) escapes to heap
func_values.go:54:14: func literal does not escape
