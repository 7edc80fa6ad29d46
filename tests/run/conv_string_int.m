conv_string_int.go:10:13: ... argument does not escape
conv_string_int.go:10:20: string(rune(65)) escapes to heap
conv_string_int.go:10:38: string(rune(0x4E16)) escapes to heap
conv_string_int.go:10:60: string(rune(0x1F600)) escapes to heap
conv_string_int.go:11:12: ... argument does not escape
conv_string_int.go:11:33: string(rune(-1)) escapes to heap
conv_string_int.go:11:51: string(rune(0xD800)) escapes to heap
conv_string_int.go:11:73: string(rune(0x110000)) escapes to heap
conv_string_int.go:13:13: ... argument does not escape
conv_string_int.go:13:20: string(b) escapes to heap
conv_string_int.go:13:20: string(b) escapes to heap
conv_string_int.go:13:31: string(rune(b)) escapes to heap
conv_string_int.go:13:31: string(rune(b)) escapes to heap
conv_string_int.go:15:13: ... argument does not escape
conv_string_int.go:15:26: strconv.Itoa(n) escapes to heap
conv_string_int.go:15:37: string(rune(n)) escapes to heap
conv_string_int.go:15:37: string(rune(n)) escapes to heap
conv_string_int.go:16:26: []rune{...} does not escape
conv_string_int.go:17:12: ... argument does not escape
conv_string_int.go:17:19: string(r) escapes to heap
conv_string_int.go:17:19: string(r) escapes to heap
conv_string_int.go:22:14: string(rune('a' + i)) escapes to heap
conv_string_int.go:24:13: ... argument does not escape
conv_string_int.go:24:13: s escapes to heap
conv_string_int.go:24:20: len(s) escapes to heap
conv_string_int.go:26:13: ... argument does not escape
conv_string_int.go:26:13: e escapes to heap
conv_string_int.go:26:20: len(e) escapes to heap
conv_string_int.go:26:31: ([]byte)(e) escapes to heap
conv_string_int.go:26:31: ([]byte)(e) escapes to heap
