fmt_fprint_stderr.go:10:14: ... argument does not escape
fmt_fprint_stderr.go:10:26: "to stdout" escapes to heap
fmt_fprint_stderr.go:10:39: 1 escapes to heap
fmt_fprint_stderr.go:11:14: ... argument does not escape
fmt_fprint_stderr.go:11:26: "to stderr" escapes to heap
fmt_fprint_stderr.go:11:39: 2 escapes to heap
fmt_fprint_stderr.go:12:13: ... argument does not escape
fmt_fprint_stderr.go:12:36: "x" escapes to heap
fmt_fprint_stderr.go:12:41: 3 escapes to heap
fmt_fprint_stderr.go:13:22: ... argument does not escape
fmt_fprint_stderr.go:13:34: "abc" escapes to heap
fmt_fprint_stderr.go:13:41: 5 escapes to heap
fmt_fprint_stderr.go:13:44: "\n" escapes to heap
fmt_fprint_stderr.go:14:13: ... argument does not escape
fmt_fprint_stderr.go:14:13: n escapes to heap
fmt_fprint_stderr.go:15:12: ... argument does not escape
fmt_fprint_stderr.go:15:24: "no newline" escapes to heap
fmt_fprint_stderr.go:16:12: ... argument does not escape
fmt_fprint_stderr.go:16:24: "\n" escapes to heap
fmt_fprint_stderr.go:18:24: ([]byte)("bytes to stderr\n") does not escape
