panic_custom_sprintf.go:8:20: fmt.Sprintf("n too large: %d > %d", ... argument...) escapes to heap
panic_custom_sprintf.go:8:20: ... argument does not escape
panic_custom_sprintf.go:8:21: n escapes to heap
panic_custom_sprintf.go:8:48: 2 escapes to heap
panic_custom_sprintf.go:10:13: ... argument does not escape
panic_custom_sprintf.go:10:14: "n ok:" escapes to heap
panic_custom_sprintf.go:10:14: n escapes to heap
panic_custom_sprintf.go:14:2: func literal does not escape
panic_custom_sprintf.go:15:9: func literal does not escape
panic_custom_sprintf.go:15:28: ... argument does not escape
panic_custom_sprintf.go:16:8: "line1\nline2 \"quoted\"" escapes to heap
