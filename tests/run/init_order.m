init_order.go:17:8: leaking param: name
init_order.go:18:13: ... argument does not escape
init_order.go:18:14: "init var" escapes to heap
init_order.go:18:14: name escapes to heap
init_order.go:22:10: xs does not escape
init_order.go:27:13: ... argument does not escape
init_order.go:27:14: "sum computed" escapes to heap
init_order.go:27:14: s escapes to heap
init_order.go:32:13: ... argument does not escape
init_order.go:32:14: "building table, a =" escapes to heap
init_order.go:32:14: a escapes to heap
init_order.go:33:23: map[string]int{...} escapes to heap
init_order.go:37:13: ... argument does not escape
init_order.go:37:14: "first init, total =" escapes to heap
init_order.go:37:14: total escapes to heap
init_order.go:42:13: ... argument does not escape
init_order.go:42:14: "second init, d =" escapes to heap
init_order.go:42:14: d escapes to heap
init_order.go:46:13: ... argument does not escape
init_order.go:46:14: "main:" escapes to heap
init_order.go:46:14: a escapes to heap
init_order.go:46:14: b escapes to heap
init_order.go:46:14: c escapes to heap
init_order.go:46:14: d escapes to heap
init_order.go:46:14: total escapes to heap
init_order.go:13:16: ... argument does not escape
