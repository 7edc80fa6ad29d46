panic_slice_string_bounds.go:6:10: leaking param: s to result r level=0
panic_slice_string_bounds.go:7:8: func literal does not escape
panic_slice_string_bounds.go:9:18: ... argument does not escape
panic_slice_string_bounds.go:9:19: "panic: " escapes to heap
panic_slice_string_bounds.go:17:13: ... argument does not escape
panic_slice_string_bounds.go:17:17: sub(s, 0, 6) escapes to heap
panic_slice_string_bounds.go:18:13: ... argument does not escape
panic_slice_string_bounds.go:18:17: sub(s, 2, 4) escapes to heap
panic_slice_string_bounds.go:19:13: ... argument does not escape
panic_slice_string_bounds.go:19:17: sub(s, 6, 6) escapes to heap
panic_slice_string_bounds.go:20:13: ... argument does not escape
panic_slice_string_bounds.go:20:17: sub(s, 0, 7) escapes to heap
panic_slice_string_bounds.go:21:13: ... argument does not escape
panic_slice_string_bounds.go:21:17: sub(s, 4, 2) escapes to heap
panic_slice_string_bounds.go:22:13: ... argument does not escape
panic_slice_string_bounds.go:22:17: sub(s, 7, 8) escapes to heap
panic_slice_string_bounds.go:23:13: ... argument does not escape
panic_slice_string_bounds.go:23:17: sub("", 0, 1) escapes to heap
panic_slice_string_bounds.go:25:13: ... argument does not escape
panic_slice_string_bounds.go:25:15: s[n:] escapes to heap
