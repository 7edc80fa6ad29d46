fmt_string_verbs.go:8:12: ... argument does not escape
fmt_string_verbs.go:8:13: s escapes to heap
fmt_string_verbs.go:9:12: ... argument does not escape
fmt_string_verbs.go:9:13: s escapes to heap
fmt_string_verbs.go:10:12: ... argument does not escape
fmt_string_verbs.go:10:13: s escapes to heap
fmt_string_verbs.go:11:12: ... argument does not escape
fmt_string_verbs.go:11:26: "back`tick" escapes to heap
fmt_string_verbs.go:11:39: "plain" escapes to heap
fmt_string_verbs.go:12:12: ... argument does not escape
fmt_string_verbs.go:12:21: "hello" escapes to heap
fmt_string_verbs.go:13:12: ... argument does not escape
fmt_string_verbs.go:13:21: "hello" escapes to heap
fmt_string_verbs.go:14:12: ... argument does not escape
fmt_string_verbs.go:14:22: "hello" escapes to heap
fmt_string_verbs.go:15:12: ... argument does not escape
fmt_string_verbs.go:15:22: "hi" escapes to heap
fmt_string_verbs.go:16:12: ... argument does not escape
fmt_string_verbs.go:16:23: "hi" escapes to heap
fmt_string_verbs.go:17:13: ([]byte)("bytes") escapes to heap
fmt_string_verbs.go:18:12: ... argument does not escape
fmt_string_verbs.go:18:13: b escapes to heap
fmt_string_verbs.go:18:13: b escapes to heap
fmt_string_verbs.go:18:13: b escapes to heap
fmt_string_verbs.go:18:13: b escapes to heap
fmt_string_verbs.go:19:12: ... argument does not escape
fmt_string_verbs.go:19:29: []string{...} escapes to heap
fmt_string_verbs.go:19:29: []string{...} escapes to heap
fmt_string_verbs.go:20:12: ... argument does not escape
fmt_string_verbs.go:20:29: []string{...} escapes to heap
fmt_string_verbs.go:20:29: []string{...} escapes to heap
fmt_string_verbs.go:21:12: ... argument does not escape
fmt_string_verbs.go:21:21: "\x00\x7f\xff" escapes to heap
fmt_string_verbs.go:22:12: ... argument does not escape
fmt_string_verbs.go:22:27: "" escapes to heap
fmt_string_verbs.go:22:31: "" escapes to heap
fmt_string_verbs.go:22:35: "" escapes to heap
fmt_string_verbs.go:23:12: ... argument does not escape
fmt_string_verbs.go:23:35: "abcdef" escapes to heap
fmt_string_verbs.go:23:45: "ab" escapes to heap
fmt_string_verbs.go:23:51: "xyz" escapes to heap
fmt_string_verbs.go:24:12: ... argument does not escape
fmt_string_verbs.go:24:24: "héllo" escapes to heap
fmt_string_verbs.go:25:12: ... argument does not escape
fmt_string_verbs.go:25:32: "abc" escapes to heap
fmt_string_verbs.go:25:39: "abc" escapes to heap
