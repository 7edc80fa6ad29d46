fmt_int_verbs.go:7:25: []int{...} does not escape
fmt_int_verbs.go:8:13: ... argument does not escape
fmt_int_verbs.go:8:14: n escapes to heap
fmt_int_verbs.go:8:14: n escapes to heap
fmt_int_verbs.go:8:14: n escapes to heap
fmt_int_verbs.go:8:14: n escapes to heap
fmt_int_verbs.go:8:14: n escapes to heap
fmt_int_verbs.go:8:14: n escapes to heap
fmt_int_verbs.go:10:12: ... argument does not escape
fmt_int_verbs.go:10:34: int8(-128) escapes to heap
fmt_int_verbs.go:10:47: uint8(255) escapes to heap
fmt_int_verbs.go:10:59: int16(-32768) escapes to heap
fmt_int_verbs.go:10:75: uint64(18446744073709551615) escapes to heap
fmt_int_verbs.go:11:12: ... argument does not escape
fmt_int_verbs.go:11:30: uint64(0xDEADBEEFCAFE) escapes to heap
fmt_int_verbs.go:11:53: int32(-0x7F) escapes to heap
fmt_int_verbs.go:12:12: ... argument does not escape
fmt_int_verbs.go:12:30: 65 escapes to heap
fmt_int_verbs.go:12:34: 0x4E16 escapes to heap
fmt_int_verbs.go:12:42: 0x1F600 escapes to heap
fmt_int_verbs.go:12:51: -1 escapes to heap
fmt_int_verbs.go:13:12: ... argument does not escape
fmt_int_verbs.go:13:30: 'a' escapes to heap
fmt_int_verbs.go:13:35: '\n' escapes to heap
fmt_int_verbs.go:13:41: 0x4E16 escapes to heap
fmt_int_verbs.go:13:49: '\'' escapes to heap
fmt_int_verbs.go:14:12: ... argument does not escape
fmt_int_verbs.go:14:32: 'A' escapes to heap
fmt_int_verbs.go:14:37: 0x1F600 escapes to heap
fmt_int_verbs.go:14:46: 'é' escapes to heap
fmt_int_verbs.go:14:52: 0x7 escapes to heap
fmt_int_verbs.go:15:12: ... argument does not escape
fmt_int_verbs.go:15:26: []int{...} escapes to heap
fmt_int_verbs.go:15:26: []int{...} escapes to heap
fmt_int_verbs.go:16:12: ... argument does not escape
fmt_int_verbs.go:16:26: []int{...} escapes to heap
fmt_int_verbs.go:16:26: []int{...} escapes to heap
fmt_int_verbs.go:17:12: ... argument does not escape
fmt_int_verbs.go:17:28: [2]int8{...} escapes to heap
fmt_int_verbs.go:18:12: ... argument does not escape
fmt_int_verbs.go:18:37: 64 escapes to heap
fmt_int_verbs.go:18:41: 64 escapes to heap
fmt_int_verbs.go:18:45: 255 escapes to heap
fmt_int_verbs.go:18:50: 255 escapes to heap
fmt_int_verbs.go:18:55: 5 escapes to heap
fmt_int_verbs.go:19:12: ... argument does not escape
fmt_int_verbs.go:19:24: 'x' escapes to heap
fmt_int_verbs.go:19:33: byte('y') escapes to heap
