iface_nil_call_panic.go:11:7: c does not escape
iface_nil_call_panic.go:18:11: leaking param: s
iface_nil_call_panic.go:19:8: func literal does not escape
iface_nil_call_panic.go:21:20: ... argument does not escape
iface_nil_call_panic.go:21:21: "panic: " escapes to heap
iface_nil_call_panic.go:29:13: ... argument does not escape
iface_nil_call_panic.go:29:18: call(s) escapes to heap
iface_nil_call_panic.go:32:13: ... argument does not escape
iface_nil_call_panic.go:32:16: s == nil escapes to heap
iface_nil_call_panic.go:32:28: call(s) escapes to heap
iface_nil_call_panic.go:33:13: ... argument does not escape
iface_nil_call_panic.go:33:18: call(&Circle{...}) escapes to heap
iface_nil_call_panic.go:33:19: &Circle{...} escapes to heap
iface_nil_call_panic.go:35:2: func literal does not escape
iface_nil_call_panic.go:36:9: func literal does not escape
iface_nil_call_panic.go:36:29: ... argument does not escape
iface_nil_call_panic.go:36:30: "recovered:" escapes to heap
iface_nil_call_panic.go:37:14: ... argument does not escape
iface_nil_call_panic.go:37:22: e.Error() escapes to heap
