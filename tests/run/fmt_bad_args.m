fmt_bad_args.go:7:12: ... argument does not escape
fmt_bad_args.go:7:21: "str" escapes to heap
fmt_bad_args.go:8:12: ... argument does not escape
fmt_bad_args.go:8:21: 42 escapes to heap
fmt_bad_args.go:9:12: ... argument does not escape
fmt_bad_args.go:9:24: 1 escapes to heap
fmt_bad_args.go:10:12: ... argument does not escape
fmt_bad_args.go:10:21: 1 escapes to heap
fmt_bad_args.go:10:24: 2 escapes to heap
fmt_bad_args.go:11:12: ... argument does not escape
fmt_bad_args.go:11:27: "extra" escapes to heap
fmt_bad_args.go:11:36: 3 escapes to heap
fmt_bad_args.go:12:12: ... argument does not escape
fmt_bad_args.go:12:21: 5 escapes to heap
fmt_bad_args.go:14:12: ... argument does not escape
fmt_bad_args.go:15:12: ... argument does not escape
fmt_bad_args.go:16:12: ... argument does not escape
fmt_bad_args.go:16:21: 1.5i escapes to heap
fmt_bad_args.go:17:12: ... argument does not escape
fmt_bad_args.go:17:24: "s" escapes to heap
fmt_bad_args.go:17:29: 2.5 escapes to heap
fmt_bad_args.go:18:12: ... argument does not escape
fmt_bad_args.go:18:23: 50 escapes to heap
fmt_bad_args.go:21:12: ... argument does not escape
fmt_bad_args.go:21:30: 1 escapes to heap
fmt_bad_args.go:21:33: 2 escapes to heap
fmt_bad_args.go:22:12: ... argument does not escape
fmt_bad_args.go:22:24: 1 escapes to heap
fmt_bad_args.go:22:27: 2 escapes to heap
fmt_bad_args.go:23:12: ... argument does not escape
fmt_bad_args.go:23:29: 12 escapes to heap
fmt_bad_args.go:23:33: 5 escapes to heap
fmt_bad_args.go:24:12: ... argument does not escape
fmt_bad_args.go:24:34: []string{...} escapes to heap
fmt_bad_args.go:24:34: []string{...} escapes to heap
fmt_bad_args.go:24:59: struct { A string }{...} escapes to heap
fmt_bad_args.go:25:18: ... argument does not escape
fmt_bad_args.go:25:28: 1 escapes to heap
fmt_bad_args.go:26:13: ... argument does not escape
fmt_bad_args.go:26:13: s escapes to heap
fmt_bad_args.go:26:20: len(s) escapes to heap
