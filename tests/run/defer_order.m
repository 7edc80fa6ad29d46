defer_order.go:6:12: leaking param: name
defer_order.go:7:13: ... argument does not escape
defer_order.go:7:14: "enter" escapes to heap
defer_order.go:7:14: name escapes to heap
defer_order.go:11:12: leaking param: name
defer_order.go:11:38: ... argument does not escape
defer_order.go:11:39: "leave" escapes to heap
defer_order.go:11:39: name escapes to heap
defer_order.go:15:13: ... argument does not escape
defer_order.go:15:14: "in nested body" escapes to heap
defer_order.go:20:21: "loop defer" escapes to heap
defer_order.go:20:21: i escapes to heap
defer_order.go:20:20: ... argument does not escape
defer_order.go:23:20: "x at defer time:" escapes to heap
defer_order.go:23:20: x escapes to heap
defer_order.go:23:19: ... argument does not escape
defer_order.go:24:8: func literal does not escape
defer_order.go:24:28: ... argument does not escape
defer_order.go:24:29: "x in closure:" escapes to heap
defer_order.go:24:29: x escapes to heap
defer_order.go:27:12: []int{...} escapes to heap
defer_order.go:28:20: "slice arg:" escapes to heap
defer_order.go:28:20: s escapes to heap
defer_order.go:28:19: ... argument does not escape
defer_order.go:31:8: func literal does not escape
defer_order.go:31:33: ... argument does not escape
defer_order.go:31:34: "param v:" escapes to heap
defer_order.go:31:34: v escapes to heap
defer_order.go:31:49: "*p:" escapes to heap
defer_order.go:31:56: *p escapes to heap
defer_order.go:33:13: ... argument does not escape
defer_order.go:33:14: "end of main" escapes to heap
