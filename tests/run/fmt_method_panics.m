fmt_method_panics.go:11:35: "boom" escapes to heap
fmt_method_panics.go:19:7: n does not escape
fmt_method_panics.go:19:51: "named " + n.name escapes to heap
fmt_method_panics.go:22:13: ... argument does not escape
fmt_method_panics.go:22:17: Bad{} escapes to heap
fmt_method_panics.go:23:12: ... argument does not escape
fmt_method_panics.go:23:30: Bad{} escapes to heap
fmt_method_panics.go:23:37: Bad{} escapes to heap
fmt_method_panics.go:23:44: Bad{} escapes to heap
fmt_method_panics.go:24:13: ... argument does not escape
fmt_method_panics.go:24:20: BadErr{} escapes to heap
fmt_method_panics.go:26:13: ... argument does not escape
fmt_method_panics.go:27:12: ... argument does not escape
fmt_method_panics.go:28:13: ... argument does not escape
fmt_method_panics.go:28:14: &Named{...} escapes to heap
fmt_method_panics.go:29:13: ... argument does not escape
fmt_method_panics.go:29:14: "still running" escapes to heap
