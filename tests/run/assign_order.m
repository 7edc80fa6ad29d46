assign_order.go:14:19: main ignoring self-assignment in x[0], x[1], x[2] = x[2], x[0], x[1]
assign_order.go:14:19: main ignoring self-assignment in x[0], x[1], x[2] = x[2], x[0], x[1]
assign_order.go:14:19: main ignoring self-assignment in x[0], x[1], x[2] = x[2], x[0], x[1]
assign_order.go:36:11: main ignoring self-assignment in s.X, s.Y = s.Y, s.X
assign_order.go:36:11: main ignoring self-assignment in s.X, s.Y = s.Y, s.X
assign_order.go:9:13: ... argument does not escape
assign_order.go:9:13: a escapes to heap
assign_order.go:9:13: b escapes to heap
assign_order.go:10:12: []int{...} escapes to heap
assign_order.go:13:13: ... argument does not escape
assign_order.go:13:13: i escapes to heap
assign_order.go:13:13: x escapes to heap
assign_order.go:15:13: ... argument does not escape
assign_order.go:15:13: x escapes to heap
assign_order.go:18:13: ... argument does not escape
assign_order.go:18:13: a escapes to heap
assign_order.go:18:13: b escapes to heap
assign_order.go:18:13: c escapes to heap
assign_order.go:19:21: map[string]int{} escapes to heap
assign_order.go:22:13: ... argument does not escape
assign_order.go:22:13: k escapes to heap
assign_order.go:25:13: ... argument does not escape
assign_order.go:25:13: n escapes to heap
assign_order.go:25:13: n2 escapes to heap
assign_order.go:33:13: ... argument does not escape
assign_order.go:33:13: fib escapes to heap
assign_order.go:37:13: ... argument does not escape
assign_order.go:37:13: s escapes to heap
