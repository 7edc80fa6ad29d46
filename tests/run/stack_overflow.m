stack_overflow.go:17:13: ... argument does not escape
stack_overflow.go:17:14: "going down" escapes to heap
stack_overflow.go:18:13: ... argument does not escape
stack_overflow.go:18:18: down(0) escapes to heap
