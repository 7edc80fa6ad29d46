panic_basic_values.go:7:33: []interface {}{...} does not escape
panic_basic_values.go:7:34: 1 escapes to heap
panic_basic_values.go:7:37: "s" escapes to heap
panic_basic_values.go:7:42: 2.5 escapes to heap
panic_basic_values.go:7:47: true escapes to heap
panic_basic_values.go:7:58: 'x' escapes to heap
panic_basic_values.go:7:67: uint(7) escapes to heap
panic_basic_values.go:8:3: func literal does not escape
panic_basic_values.go:9:10: func literal does not escape
panic_basic_values.go:9:29: ... argument does not escape
panic_basic_values.go:13:2: func literal does not escape
panic_basic_values.go:14:9: func literal does not escape
panic_basic_values.go:16:14: ... argument does not escape
panic_basic_values.go:18:8: complex(1, 2) escapes to heap
panic_basic_values.go:20:7: 1.5 escapes to heap
