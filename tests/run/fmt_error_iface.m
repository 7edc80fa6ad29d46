fmt_error_iface.go:16:7: e does not escape
fmt_error_iface.go:16:58: "not found: " + e.Key escapes to heap
fmt_error_iface.go:18:11: leaking param: k
fmt_error_iface.go:22:9: &NotFound{...} escapes to heap
fmt_error_iface.go:26:13: ... argument does not escape
fmt_error_iface.go:26:18: Both{} escapes to heap
fmt_error_iface.go:27:12: ... argument does not escape
fmt_error_iface.go:27:31: Both{} escapes to heap
fmt_error_iface.go:27:39: Both{} escapes to heap
fmt_error_iface.go:27:47: Both{} escapes to heap
fmt_error_iface.go:29:13: ... argument does not escape
fmt_error_iface.go:30:12: ... argument does not escape
fmt_error_iface.go:31:13: ... argument does not escape
fmt_error_iface.go:31:35: find("x") == nil escapes to heap
fmt_error_iface.go:33:12: ... argument does not escape
fmt_error_iface.go:34:13: ... argument does not escape
fmt_error_iface.go:34:21: []error{...} escapes to heap
fmt_error_iface.go:34:21: []error{...} escapes to heap
fmt_error_iface.go:35:13: ... argument does not escape
fmt_error_iface.go:35:29: fmt.Sprint(... argument...) == e1.Error() escapes to heap
fmt_error_iface.go:35:24: ... argument does not escape
