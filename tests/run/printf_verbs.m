printf_verbs.go:7:12: ... argument does not escape
printf_verbs.go:7:30: 42 escapes to heap
printf_verbs.go:7:34: -42 escapes to heap
printf_verbs.go:7:44: uint8(255) escapes to heap
printf_verbs.go:7:56: int64(-9223372036854775808) escapes to heap
printf_verbs.go:8:12: ... argument does not escape
printf_verbs.go:8:27: "text" escapes to heap
printf_verbs.go:8:35: "" escapes to heap
printf_verbs.go:8:39: "v" escapes to heap
printf_verbs.go:9:12: ... argument does not escape
printf_verbs.go:9:33: 1 escapes to heap
printf_verbs.go:9:36: -2.5 escapes to heap
printf_verbs.go:9:42: true escapes to heap
printf_verbs.go:9:48: "s" escapes to heap
printf_verbs.go:9:53: 'x' escapes to heap
printf_verbs.go:10:12: ... argument does not escape
printf_verbs.go:10:30: 3.14159 escapes to heap
printf_verbs.go:10:39: -0.5 escapes to heap
printf_verbs.go:10:45: 1e10 escapes to heap
printf_verbs.go:10:58: float32(0.1) escapes to heap
printf_verbs.go:11:12: ... argument does not escape
printf_verbs.go:11:33: 100000.0 escapes to heap
printf_verbs.go:11:43: 1e21 escapes to heap
printf_verbs.go:11:49: 1e-5 escapes to heap
printf_verbs.go:11:55: 0.000123 escapes to heap
printf_verbs.go:11:72: float32(1.1) escapes to heap
printf_verbs.go:12:12: ... argument does not escape
printf_verbs.go:12:27: 123456.789 escapes to heap
printf_verbs.go:12:39: 0.0 escapes to heap
printf_verbs.go:12:44: -1e-10 escapes to heap
printf_verbs.go:13:12: ... argument does not escape
printf_verbs.go:13:24: true escapes to heap
printf_verbs.go:13:32: 1 > 2 escapes to heap
printf_verbs.go:14:12: ... argument does not escape
printf_verbs.go:14:30: "hi" escapes to heap
printf_verbs.go:14:36: "tab\there" escapes to heap
printf_verbs.go:14:49: "quote\"" escapes to heap
printf_verbs.go:14:60: "é\x01" escapes to heap
printf_verbs.go:15:12: ... argument does not escape
printf_verbs.go:15:27: 'a' escapes to heap
printf_verbs.go:15:32: '\n' escapes to heap
printf_verbs.go:15:38: '\'' escapes to heap
printf_verbs.go:16:12: ... argument does not escape
printf_verbs.go:16:30: 255 escapes to heap
printf_verbs.go:16:35: -255 escapes to heap
printf_verbs.go:16:41: "hi" escapes to heap
printf_verbs.go:16:56: uint64(1) << 63 escapes to heap
printf_verbs.go:17:12: ... argument does not escape
printf_verbs.go:17:23: "" escapes to heap
printf_verbs.go:18:12: ... argument does not escape
printf_verbs.go:18:28: 'G' escapes to heap
printf_verbs.go:18:33: 'o' escapes to heap
printf_verbs.go:18:38: '!' escapes to heap
printf_verbs.go:18:43: 0x263A escapes to heap
printf_verbs.go:19:12: ... argument does not escape
printf_verbs.go:19:23: 50 escapes to heap
printf_verbs.go:20:12: ... argument does not escape
printf_verbs.go:20:28: int8(-1) escapes to heap
printf_verbs.go:20:41: uintptr(77) escapes to heap
