conv_bytes_runes_strings.go:8:13: ([]byte)(s) does not escape
conv_bytes_runes_strings.go:9:13: ([]rune)(s) does not escape
conv_bytes_runes_strings.go:10:13: ... argument does not escape
conv_bytes_runes_strings.go:10:17: len(s) escapes to heap
conv_bytes_runes_strings.go:10:25: len(b) escapes to heap
conv_bytes_runes_strings.go:10:33: len(r) escapes to heap
conv_bytes_runes_strings.go:12:13: ... argument does not escape
conv_bytes_runes_strings.go:12:13: s escapes to heap
conv_bytes_runes_strings.go:12:23: string(b) escapes to heap
conv_bytes_runes_strings.go:12:23: string(b) escapes to heap
conv_bytes_runes_strings.go:14:13: ... argument does not escape
conv_bytes_runes_strings.go:14:20: string(r) escapes to heap
conv_bytes_runes_strings.go:14:20: string(r) escapes to heap
conv_bytes_runes_strings.go:15:13: ... argument does not escape
conv_bytes_runes_strings.go:15:20: string(r[1]) escapes to heap
conv_bytes_runes_strings.go:15:20: string(r[1]) escapes to heap
conv_bytes_runes_strings.go:15:34: string(b[1:3]) escapes to heap
conv_bytes_runes_strings.go:15:34: string(b[1:3]) escapes to heap
conv_bytes_runes_strings.go:15:45: r[1] escapes to heap
conv_bytes_runes_strings.go:15:51: b[1] escapes to heap
conv_bytes_runes_strings.go:16:13: ... argument does not escape
conv_bytes_runes_strings.go:16:20: ([]byte)("abc") escapes to heap
conv_bytes_runes_strings.go:16:20: ([]byte)("abc") escapes to heap
conv_bytes_runes_strings.go:16:35: []rune{...} escapes to heap
conv_bytes_runes_strings.go:16:35: []rune{...} escapes to heap
conv_bytes_runes_strings.go:17:13: ... argument does not escape
conv_bytes_runes_strings.go:17:20: string([]byte{}) escapes to heap
conv_bytes_runes_strings.go:17:20: string([]byte{}) escapes to heap
conv_bytes_runes_strings.go:17:27: []byte{} does not escape
conv_bytes_runes_strings.go:17:49: string([]rune{}) == "" escapes to heap
conv_bytes_runes_strings.go:17:38: string([]rune{}) does not escape
conv_bytes_runes_strings.go:17:45: []rune{} does not escape
conv_bytes_runes_strings.go:17:59: len(string(([]byte)(nil))) escapes to heap
conv_bytes_runes_strings.go:17:66: string(([]byte)(nil)) does not escape
conv_bytes_runes_strings.go:18:13: ... argument does not escape
conv_bytes_runes_strings.go:18:20: string([]rune{...}) escapes to heap
conv_bytes_runes_strings.go:18:20: string([]rune{...}) escapes to heap
conv_bytes_runes_strings.go:18:27: []rune{...} does not escape
conv_bytes_runes_strings.go:19:13: ... argument does not escape
conv_bytes_runes_strings.go:19:20: string([]rune{...}) escapes to heap
conv_bytes_runes_strings.go:19:20: string([]rune{...}) escapes to heap
conv_bytes_runes_strings.go:19:27: []rune{...} does not escape
conv_bytes_runes_strings.go:20:14: ([]byte)("\xffok") does not escape
conv_bytes_runes_strings.go:21:14: ([]rune)(string(bs)) escapes to heap
conv_bytes_runes_strings.go:21:21: string(bs) does not escape
conv_bytes_runes_strings.go:22:13: ... argument does not escape
conv_bytes_runes_strings.go:22:17: len(rs) escapes to heap
conv_bytes_runes_strings.go:22:17: rs escapes to heap
conv_bytes_runes_strings.go:24:15: MyBytes("named") does not escape
conv_bytes_runes_strings.go:25:13: ... argument does not escape
conv_bytes_runes_strings.go:25:20: string(mb) escapes to heap
conv_bytes_runes_strings.go:25:20: string(mb) escapes to heap
conv_bytes_runes_strings.go:25:29: len(mb) escapes to heap
conv_bytes_runes_strings.go:27:13: ... argument does not escape
conv_bytes_runes_strings.go:27:20: string(rune(x)) escapes to heap
conv_bytes_runes_strings.go:27:20: string(rune(x)) escapes to heap
conv_bytes_runes_strings.go:27:37: string(x + 1) escapes to heap
conv_bytes_runes_strings.go:27:37: string(x + 1) escapes to heap
