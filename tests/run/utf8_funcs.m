utf8_funcs.go:11:26: []rune{...} does not escape
utf8_funcs.go:12:12: ... argument does not escape
utf8_funcs.go:12:25: utf8.RuneLen(r) escapes to heap
utf8_funcs.go:12:30: " " escapes to heap
utf8_funcs.go:16:13: ... argument does not escape
utf8_funcs.go:16:17: len(s) escapes to heap
utf8_funcs.go:16:44: utf8.RuneCountInString(s) escapes to heap
utf8_funcs.go:16:63: utf8.RuneCount(([]byte)(s)) escapes to heap
utf8_funcs.go:16:70: ([]byte)(s) does not escape
utf8_funcs.go:19:13: ... argument does not escape
utf8_funcs.go:19:14: r escapes to heap
utf8_funcs.go:19:14: size escapes to heap
utf8_funcs.go:24:12: ... argument does not escape
utf8_funcs.go:24:13: r escapes to heap
utf8_funcs.go:24:13: size escapes to heap
utf8_funcs.go:26:13: ... argument does not escape
utf8_funcs.go:26:13: r escapes to heap
utf8_funcs.go:26:13: size escapes to heap
utf8_funcs.go:28:13: ... argument does not escape
utf8_funcs.go:28:13: r escapes to heap
utf8_funcs.go:28:13: size escapes to heap
utf8_funcs.go:28:25: r == utf8.RuneError escapes to heap
utf8_funcs.go:29:13: make([]byte, 4) escapes to heap
utf8_funcs.go:31:13: ... argument does not escape
utf8_funcs.go:31:13: n escapes to heap
utf8_funcs.go:31:20: buf[:n] escapes to heap
utf8_funcs.go:32:13: ... argument does not escape
utf8_funcs.go:32:30: utf8.ValidString(s) escapes to heap
utf8_funcs.go:32:51: utf8.ValidString("a\xc0b") escapes to heap
utf8_funcs.go:32:73: utf8.Valid([]byte{...}) escapes to heap
utf8_funcs.go:32:80: []byte{...} does not escape
utf8_funcs.go:33:13: ... argument does not escape
utf8_funcs.go:33:28: utf8.ValidRune('a') escapes to heap
utf8_funcs.go:33:49: utf8.ValidRune(0xD800) escapes to heap
utf8_funcs.go:33:72: utf8.FullRune([]byte{...}) escapes to heap
utf8_funcs.go:33:79: []byte{...} does not escape
utf8_funcs.go:34:13: ... argument does not escape
utf8_funcs.go:34:36: utf8.RuneCountInString("a\xffb\xe4\xb8") escapes to heap
utf8_funcs.go:34:60: utf8.UTFMax escapes to heap
utf8_funcs.go:34:73: utf8.RuneSelf escapes to heap
utf8_funcs.go:36:13: ... argument does not escape
utf8_funcs.go:36:13: b escapes to heap
utf8_funcs.go:36:31: utf8.RuneStart(b[1]) escapes to heap
utf8_funcs.go:36:53: utf8.RuneStart(b[0]) escapes to heap
