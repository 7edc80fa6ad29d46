panic_custom_error.go:13:7: e does not escape
panic_custom_error.go:13:54: ... argument does not escape
panic_custom_error.go:13:67: e.Code escapes to heap
panic_custom_error.go:27:8: moved to heap: ce
panic_custom_error.go:16:2: func literal does not escape
panic_custom_error.go:17:9: func literal does not escape
panic_custom_error.go:20:15: ... argument does not escape
panic_custom_error.go:20:15: ok escapes to heap
panic_custom_error.go:20:29: err == ErrBoom escapes to heap
panic_custom_error.go:24:2: func literal does not escape
panic_custom_error.go:25:9: func literal does not escape
panic_custom_error.go:28:15: ... argument does not escape
panic_custom_error.go:28:25: errors.As(r.(error), &ce) escapes to heap
panic_custom_error.go:28:45: ce.Code escapes to heap
panic_custom_error.go:30:9: &CodeErr{...} escapes to heap
panic_custom_error.go:32:18: ... argument does not escape
panic_custom_error.go:32:34: &CodeErr{...} escapes to heap
