method_values_exprs.go:9:47: ... argument does not escape
method_values_exprs.go:9:48: "total=" escapes to heap
method_values_exprs.go:9:59: a.total escapes to heap
method_values_exprs.go:10:7: a does not escape
method_values_exprs.go:14:7: g does not escape
method_values_exprs.go:14:24: name does not escape
method_values_exprs.go:14:70: string(g) + ", " + name escapes to heap
method_values_exprs.go:16:12: f does not escape
method_values_exprs.go:16:25: xs does not escape
method_values_exprs.go:23:2: moved to heap: a
method_values_exprs.go:24:10: a.Add escapes to heap
method_values_exprs.go:25:7: ... argument does not escape
method_values_exprs.go:26:13: ... argument does not escape
method_values_exprs.go:26:15: a.total escapes to heap
method_values_exprs.go:27:11: a.Show does not escape
method_values_exprs.go:29:13: ... argument does not escape
method_values_exprs.go:29:18: show() escapes to heap
method_values_exprs.go:29:28: Acc.Show(a) escapes to heap
method_values_exprs.go:31:13: ... argument does not escape
method_values_exprs.go:31:22: showExpr(Acc{...}) escapes to heap
method_values_exprs.go:34:13: ... argument does not escape
method_values_exprs.go:34:15: a.total escapes to heap
method_values_exprs.go:36:13: ... argument does not escape
method_values_exprs.go:36:21: ptrShow(&a) escapes to heap
method_values_exprs.go:38:30: []func(string) string{...} does not escape
method_values_exprs.go:38:32: g.Greet does not escape
method_values_exprs.go:38:53: Greeter("hi").Greet does not escape
method_values_exprs.go:40:14: ... argument does not escape
method_values_exprs.go:40:16: f("bob") escapes to heap
method_values_exprs.go:42:13: ... argument does not escape
method_values_exprs.go:42:27: Greeter.Greet("hey", "ann") escapes to heap
method_values_exprs.go:43:12: ... argument does not escape
