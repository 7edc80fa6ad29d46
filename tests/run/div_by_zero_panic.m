div_by_zero_panic.go:11:13: ... argument does not escape
div_by_zero_panic.go:11:14: "before:" escapes to heap
div_by_zero_panic.go:11:28: div(10, 3) escapes to heap
div_by_zero_panic.go:13:13: ... argument does not escape
div_by_zero_panic.go:13:14: "never printed" escapes to heap
div_by_zero_panic.go:13:34: div(1, z) escapes to heap
