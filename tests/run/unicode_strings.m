unicode_strings.go:6:17: s does not escape
unicode_strings.go:18:13: ... argument does not escape
unicode_strings.go:18:13: words escapes to heap
unicode_strings.go:19:13: ... argument does not escape
unicode_strings.go:19:17: len(words) escapes to heap
unicode_strings.go:19:36: countRunes(words) escapes to heap
unicode_strings.go:20:13: ... argument does not escape
unicode_strings.go:20:17: len("é") escapes to heap
unicode_strings.go:20:28: len("世") escapes to heap
unicode_strings.go:20:40: len("🙂") escapes to heap
unicode_strings.go:20:53: len("\u00e9") escapes to heap
unicode_strings.go:20:68: len("\U0001F642") escapes to heap
unicode_strings.go:21:13: ... argument does not escape
unicode_strings.go:21:19: "é" == "\xc3\xa9" escapes to heap
unicode_strings.go:21:39: "é" == "e\u0301" escapes to heap
unicode_strings.go:22:12: ... argument does not escape
unicode_strings.go:22:25: "世" escapes to heap
unicode_strings.go:22:32: "🙂" escapes to heap
unicode_strings.go:23:12: ... argument does not escape
unicode_strings.go:23:25: "世界" escapes to heap
unicode_strings.go:23:35: "世界" escapes to heap
unicode_strings.go:24:13: ... argument does not escape
unicode_strings.go:24:19: words[1] escapes to heap
unicode_strings.go:24:29: words[2] escapes to heap
unicode_strings.go:24:39: words[len(words) - 1] escapes to heap
unicode_strings.go:25:12: ... argument does not escape
unicode_strings.go:25:24: '世' escapes to heap
unicode_strings.go:25:31: 0x1F642 escapes to heap
unicode_strings.go:28:13: ... argument does not escape
unicode_strings.go:28:13: s escapes to heap
unicode_strings.go:28:20: len(s) escapes to heap
unicode_strings.go:29:12: ... argument does not escape
unicode_strings.go:29:30: "日本" escapes to heap
unicode_strings.go:29:40: "日本" escapes to heap
unicode_strings.go:30:12: ... argument does not escape
unicode_strings.go:30:21: "\xff\xfe" escapes to heap
unicode_strings.go:31:13: ... argument does not escape
unicode_strings.go:31:17: len(`raw ✓ string`) escapes to heap
