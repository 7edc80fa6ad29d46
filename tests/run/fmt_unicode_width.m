fmt_unicode_width.go:7:19: []string{...} does not escape
fmt_unicode_width.go:9:13: ... argument does not escape
fmt_unicode_width.go:9:14: w escapes to heap
fmt_unicode_width.go:9:14: w escapes to heap
fmt_unicode_width.go:9:14: w escapes to heap
fmt_unicode_width.go:9:58: len(w) escapes to heap
fmt_unicode_width.go:11:12: ... argument does not escape
fmt_unicode_width.go:11:30: '世' escapes to heap
fmt_unicode_width.go:11:37: 'é' escapes to heap
fmt_unicode_width.go:12:12: ... argument does not escape
fmt_unicode_width.go:12:28: '🙂' escapes to heap
fmt_unicode_width.go:12:36: '🙂' escapes to heap
fmt_unicode_width.go:12:44: '🙂' escapes to heap
fmt_unicode_width.go:13:12: ... argument does not escape
fmt_unicode_width.go:13:21: "tab\there" escapes to heap
fmt_unicode_width.go:14:12: ... argument does not escape
fmt_unicode_width.go:14:21: "é" escapes to heap
fmt_unicode_width.go:15:12: ... argument does not escape
fmt_unicode_width.go:15:25: 0x47 escapes to heap
fmt_unicode_width.go:15:31: 0x6F escapes to heap
fmt_unicode_width.go:15:37: 0x21 escapes to heap
fmt_unicode_width.go:16:12: ... argument does not escape
fmt_unicode_width.go:16:27: string(rune(0x10FFFF + 1)) escapes to heap
fmt_unicode_width.go:17:12: ... argument does not escape
fmt_unicode_width.go:17:30: []rune{...} escapes to heap
fmt_unicode_width.go:17:30: []rune{...} escapes to heap
fmt_unicode_width.go:17:45: []rune{...} escapes to heap
fmt_unicode_width.go:17:45: []rune{...} escapes to heap
fmt_unicode_width.go:18:12: ... argument does not escape
fmt_unicode_width.go:18:30: ([]byte)("\xff\xfe") escapes to heap
fmt_unicode_width.go:18:30: ([]byte)("\xff\xfe") escapes to heap
fmt_unicode_width.go:18:44: "\xff" escapes to heap
fmt_unicode_width.go:19:12: ... argument does not escape
fmt_unicode_width.go:19:36: 'ü' escapes to heap
fmt_unicode_width.go:19:42: '日' escapes to heap
fmt_unicode_width.go:19:49: 'a' escapes to heap
fmt_unicode_width.go:20:12: ... argument does not escape
fmt_unicode_width.go:20:31: []rune{...} escapes to heap
fmt_unicode_width.go:20:31: []rune{...} escapes to heap
fmt_unicode_width.go:20:40: '\u0000' escapes to heap
fmt_unicode_width.go:21:12: ... argument does not escape
fmt_unicode_width.go:21:26: "日本語です" escapes to heap
