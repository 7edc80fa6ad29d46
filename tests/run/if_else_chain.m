if_else_chain.go:18:14: ... argument does not escape
if_else_chain.go:18:14: n escapes to heap
if_else_chain.go:18:18: "square" escapes to heap
if_else_chain.go:18:18: sq escapes to heap
if_else_chain.go:18:32: "is big" escapes to heap
if_else_chain.go:20:14: ... argument does not escape
if_else_chain.go:20:14: n escapes to heap
if_else_chain.go:20:18: "square" escapes to heap
if_else_chain.go:20:18: sq escapes to heap
if_else_chain.go:20:32: "half" escapes to heap
if_else_chain.go:20:32: half escapes to heap
if_else_chain.go:22:14: ... argument does not escape
if_else_chain.go:22:14: n escapes to heap
if_else_chain.go:22:18: "small" escapes to heap
if_else_chain.go:22:18: sq escapes to heap
if_else_chain.go:22:18: half escapes to heap
if_else_chain.go:27:13: ... argument does not escape
if_else_chain.go:27:18: sign(-3) escapes to heap
if_else_chain.go:27:28: sign(0) escapes to heap
if_else_chain.go:27:37: sign(9) escapes to heap
if_else_chain.go:33:14: ... argument does not escape
if_else_chain.go:33:15: "ok" escapes to heap
if_else_chain.go:36:14: ... argument does not escape
if_else_chain.go:36:15: "not ok" escapes to heap
if_else_chain.go:38:14: ... argument does not escape
if_else_chain.go:38:15: "still ok" escapes to heap
if_else_chain.go:42:14: ... argument does not escape
if_else_chain.go:42:15: "x" escapes to heap
if_else_chain.go:42:15: x escapes to heap
if_else_chain.go:46:14: ... argument does not escape
if_else_chain.go:46:15: "odd" escapes to heap
if_else_chain.go:46:15: n escapes to heap
if_else_chain.go:48:13: ... argument does not escape
if_else_chain.go:48:14: "n after" escapes to heap
if_else_chain.go:48:14: n escapes to heap
