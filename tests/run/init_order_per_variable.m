init_order_per_variable.go:32:11: leaking param: s
init_order_per_variable.go:44:13: ... argument does not escape
init_order_per_variable.go:44:13: a escapes to heap
init_order_per_variable.go:44:13: b escapes to heap
init_order_per_variable.go:44:13: c escapes to heap
init_order_per_variable.go:45:13: ... argument does not escape
init_order_per_variable.go:45:13: p escapes to heap
init_order_per_variable.go:45:13: q escapes to heap
init_order_per_variable.go:45:13: r escapes to heap
init_order_per_variable.go:46:13: ... argument does not escape
init_order_per_variable.go:46:13: x escapes to heap
init_order_per_variable.go:46:13: y escapes to heap
init_order_per_variable.go:46:13: d escapes to heap
init_order_per_variable.go:47:13: ... argument does not escape
init_order_per_variable.go:47:13: m escapes to heap
init_order_per_variable.go:47:13: e escapes to heap
init_order_per_variable.go:48:13: ... argument does not escape
init_order_per_variable.go:48:13: trace escapes to heap
init_order_per_variable.go:48:13: late escapes to heap
init_order_per_variable.go:48:13: early escapes to heap
init_order_per_variable.go:48:13: plain escapes to heap
