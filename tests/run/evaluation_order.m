evaluation_order.go:9:8: leaking param: name
evaluation_order.go:14:12: leaking param: label
evaluation_order.go:15:13: ... argument does not escape
evaluation_order.go:15:13: label escapes to heap
evaluation_order.go:15:13: trace escapes to heap
evaluation_order.go:25:13: ... argument does not escape
evaluation_order.go:25:13: r escapes to heap
evaluation_order.go:27:13: ... argument does not escape
evaluation_order.go:27:19: three(v("x", 1), v("y", 2), v("z", 3)) escapes to heap
evaluation_order.go:30:13: ... argument does not escape
evaluation_order.go:30:13: p escapes to heap
evaluation_order.go:30:13: q escapes to heap
evaluation_order.go:33:13: ... argument does not escape
evaluation_order.go:33:13: p escapes to heap
evaluation_order.go:33:13: q escapes to heap
evaluation_order.go:36:13: ... argument does not escape
evaluation_order.go:36:13: a escapes to heap
evaluation_order.go:36:13: b escapes to heap
evaluation_order.go:36:13: c escapes to heap
evaluation_order.go:39:13: ... argument does not escape
evaluation_order.go:39:13: i escapes to heap
evaluation_order.go:39:13: j escapes to heap
evaluation_order.go:40:40: fmt.Sprint(... argument...) + fmt.Sprint(... argument...) escapes to heap
evaluation_order.go:40:17: ... argument does not escape
evaluation_order.go:40:19: v("1", 1) escapes to heap
evaluation_order.go:40:30: v("2", 2) escapes to heap
evaluation_order.go:40:52: ... argument does not escape
evaluation_order.go:40:54: v("3", 3) escapes to heap
evaluation_order.go:41:13: ... argument does not escape
evaluation_order.go:41:13: s escapes to heap
evaluation_order.go:44:13: ... argument does not escape
evaluation_order.go:44:13: cond escapes to heap
