errors_is_as_custom.go:11:50: ... argument does not escape
errors_is_as_custom.go:11:65: int(c) escapes to heap
errors_is_as_custom.go:17:7: e does not escape
errors_is_as_custom.go:17:51: "net: " + e.Msg escapes to heap
errors_is_as_custom.go:18:7: e does not escape
errors_is_as_custom.go:23:19: target does not escape
errors_is_as_custom.go:32:6: moved to heap: t
errors_is_as_custom.go:34:6: moved to heap: ne
errors_is_as_custom.go:36:6: moved to heap: c
errors_is_as_custom.go:29:6: Code(404) escapes to heap
errors_is_as_custom.go:30:13: ... argument does not escape
errors_is_as_custom.go:30:23: errors.Is(e, Code(404)) escapes to heap
errors_is_as_custom.go:30:31: Code(404) escapes to heap
errors_is_as_custom.go:30:48: errors.Is(e, Code(500)) escapes to heap
errors_is_as_custom.go:30:56: Code(500) escapes to heap
errors_is_as_custom.go:31:17: ... argument does not escape
errors_is_as_custom.go:31:35: NetErr{...} escapes to heap
errors_is_as_custom.go:33:13: ... argument does not escape
errors_is_as_custom.go:33:23: errors.As(w, &t) escapes to heap
errors_is_as_custom.go:33:43: t.Temporary() escapes to heap
errors_is_as_custom.go:35:13: ... argument does not escape
errors_is_as_custom.go:35:23: errors.As(w, &ne) escapes to heap
errors_is_as_custom.go:35:35: ne.Msg escapes to heap
errors_is_as_custom.go:37:13: ... argument does not escape
errors_is_as_custom.go:37:23: errors.As(w, &c) escapes to heap
errors_is_as_custom.go:37:23: c escapes to heap
errors_is_as_custom.go:38:13: ... argument does not escape
errors_is_as_custom.go:38:23: errors.Is(AnyCode{}, Code(1)) escapes to heap
errors_is_as_custom.go:38:31: AnyCode{} escapes to heap
errors_is_as_custom.go:38:39: Code(1) escapes to heap
errors_is_as_custom.go:38:54: errors.Is(AnyCode{}, NetErr{}) escapes to heap
errors_is_as_custom.go:38:62: AnyCode{} escapes to heap
errors_is_as_custom.go:38:72: NetErr{} escapes to heap
errors_is_as_custom.go:39:13: ... argument does not escape
errors_is_as_custom.go:39:23: errors.Is(fmt.Errorf("x: %w", ... argument...), Code(7)) escapes to heap
errors_is_as_custom.go:39:34: ... argument does not escape
errors_is_as_custom.go:39:51: AnyCode{} escapes to heap
errors_is_as_custom.go:39:60: Code(7) escapes to heap
errors_is_as_custom.go:40:13: ... argument does not escape
errors_is_as_custom.go:40:26: NetErr{...} == NetErr{...} escapes to heap
errors_is_as_custom.go:40:51: errors.Is(w, NetErr{...}) escapes to heap
errors_is_as_custom.go:40:61: NetErr{...} escapes to heap
errors_is_as_custom.go:42:13: ... argument does not escape
errors_is_as_custom.go:42:16: a == b escapes to heap
errors_is_as_custom.go:42:32: a.Error() == b.Error() escapes to heap
errors_is_as_custom.go:42:55: errors.Is(a, b) escapes to heap
