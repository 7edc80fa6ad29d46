strings_builder.go:10:6: moved to heap: sb
strings_builder.go:16:13: ... argument does not escape
strings_builder.go:16:13: n escapes to heap
strings_builder.go:17:13: ... argument does not escape
strings_builder.go:17:23: (*strings.Builder).String(sb) escapes to heap
strings_builder.go:17:33: (*strings.Builder).Len(sb) escapes to heap
strings_builder.go:18:13: ... argument does not escape
strings_builder.go:18:31: 7 escapes to heap
strings_builder.go:18:34: "x" escapes to heap
strings_builder.go:19:13: ... argument does not escape
strings_builder.go:19:23: (*strings.Builder).String(sb) escapes to heap
strings_builder.go:21:12: ... argument does not escape
strings_builder.go:21:33: (*strings.Builder).String(sb) escapes to heap
strings_builder.go:21:43: (*strings.Builder).Len(sb) escapes to heap
strings_builder.go:27:13: ... argument does not escape
strings_builder.go:27:20: i * i escapes to heap
strings_builder.go:29:13: ... argument does not escape
strings_builder.go:29:23: (*strings.Builder).String(sb) escapes to heap
strings_builder.go:30:17: ([]byte)(" bytes") does not escape
strings_builder.go:31:13: ... argument does not escape
strings_builder.go:31:23: (*strings.Builder).String(sb) escapes to heap
strings_builder.go:31:33: (*strings.Builder).Len(sb) escapes to heap
strings_builder.go:33:28: []string{...} does not escape
strings_builder.go:34:42: strings.Repeat(w, 3) + "\n" does not escape
strings_builder.go:36:11: ... argument does not escape
strings_builder.go:36:24: (*strings.Builder).String(lines) escapes to heap
