printf_bad_verbs.go:8:12: ... argument does not escape
printf_bad_verbs.go:8:24: "wrong" escapes to heap
printf_bad_verbs.go:8:33: 5 escapes to heap
printf_bad_verbs.go:9:12: ... argument does not escape
printf_bad_verbs.go:9:24: 1 escapes to heap
printf_bad_verbs.go:10:12: ... argument does not escape
printf_bad_verbs.go:10:21: 1 escapes to heap
printf_bad_verbs.go:10:24: 2 escapes to heap
printf_bad_verbs.go:11:12: ... argument does not escape
printf_bad_verbs.go:11:21: 3 escapes to heap
printf_bad_verbs.go:12:12: ... argument does not escape
printf_bad_verbs.go:12:21: 1 escapes to heap
printf_bad_verbs.go:13:12: ... argument does not escape
printf_bad_verbs.go:13:24: 2.5 escapes to heap
printf_bad_verbs.go:13:29: true escapes to heap
printf_bad_verbs.go:14:18: ... argument does not escape
printf_bad_verbs.go:14:25: 1.5 escapes to heap
printf_bad_verbs.go:15:13: ... argument does not escape
printf_bad_verbs.go:15:13: s escapes to heap
printf_bad_verbs.go:15:20: len(s) escapes to heap
printf_bad_verbs.go:16:13: ... argument does not escape
printf_bad_verbs.go:16:25: fmt.Sprintf("x", ... argument...) escapes to heap
printf_bad_verbs.go:16:25: ... argument does not escape
printf_bad_verbs.go:16:31: 1 escapes to heap
printf_bad_verbs.go:16:34: "y" escapes to heap
