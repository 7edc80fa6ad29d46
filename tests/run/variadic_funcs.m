variadic_funcs.go:6:10: xs does not escape
variadic_funcs.go:14:15: leaking param: prefix
variadic_funcs.go:14:30: leaking param: xs
variadic_funcs.go:15:19: ... argument does not escape
variadic_funcs.go:15:19: prefix escapes to heap
variadic_funcs.go:15:31: len(xs) escapes to heap
variadic_funcs.go:15:40: xs == nil escapes to heap
variadic_funcs.go:15:40: xs escapes to heap
variadic_funcs.go:18:16: xs does not escape
variadic_funcs.go:25:13: ... argument does not escape
variadic_funcs.go:25:17: sum(nil...) escapes to heap
variadic_funcs.go:25:24: sum(... argument...) escapes to heap
variadic_funcs.go:25:24: ... argument does not escape
variadic_funcs.go:25:32: sum(... argument...) escapes to heap
variadic_funcs.go:25:32: ... argument does not escape
variadic_funcs.go:26:15: []int{...} escapes to heap
variadic_funcs.go:27:13: ... argument does not escape
variadic_funcs.go:27:17: sum(nums...) escapes to heap
variadic_funcs.go:27:31: sum(nums[1:]...) escapes to heap
variadic_funcs.go:28:13: ... argument does not escape
variadic_funcs.go:28:22: describe("a", nil...) escapes to heap
variadic_funcs.go:29:13: ... argument does not escape
variadic_funcs.go:29:22: describe("b", ... argument...) escapes to heap
variadic_funcs.go:29:22: ... argument escapes to heap
variadic_funcs.go:29:28: 1 escapes to heap
variadic_funcs.go:29:31: "x" escapes to heap
variadic_funcs.go:30:13: ... argument does not escape
variadic_funcs.go:30:22: describe("c", []interface {}{...}...) escapes to heap
variadic_funcs.go:30:41: []interface {}{...} escapes to heap
variadic_funcs.go:30:42: 1 escapes to heap
variadic_funcs.go:30:45: 2 escapes to heap
variadic_funcs.go:31:13: ... argument does not escape
variadic_funcs.go:31:22: describe("d", ... argument...) escapes to heap
variadic_funcs.go:31:22: ... argument escapes to heap
variadic_funcs.go:31:33: []int{...} escapes to heap
variadic_funcs.go:31:33: []int{...} escapes to heap
variadic_funcs.go:33:13: ... argument does not escape
variadic_funcs.go:33:13: nums escapes to heap
variadic_funcs.go:34:11: ... argument does not escape
variadic_funcs.go:36:12: ... argument does not escape
variadic_funcs.go:36:28: f(... argument...) escapes to heap
variadic_funcs.go:36:28: ... argument does not escape
variadic_funcs.go:38:13: ... argument does not escape
variadic_funcs.go:38:17: sum(empty...) escapes to heap
