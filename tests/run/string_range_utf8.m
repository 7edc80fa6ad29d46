string_range_utf8.go:8:13: ... argument does not escape
string_range_utf8.go:8:14: i escapes to heap
string_range_utf8.go:8:14: r escapes to heap
string_range_utf8.go:8:14: r escapes to heap
string_range_utf8.go:13:13: ... argument does not escape
string_range_utf8.go:13:14: i escapes to heap
string_range_utf8.go:13:14: r escapes to heap
string_range_utf8.go:20:13: ... argument does not escape
string_range_utf8.go:20:13: count escapes to heap
string_range_utf8.go:22:12: ... argument does not escape
string_range_utf8.go:22:12: i escapes to heap
string_range_utf8.go:27:12: ... argument does not escape
string_range_utf8.go:27:14: s[i] escapes to heap
string_range_utf8.go:27:19: " " escapes to heap
string_range_utf8.go:33:13: ... argument does not escape
string_range_utf8.go:33:20: string(last) escapes to heap
string_range_utf8.go:33:20: string(last) escapes to heap
string_range_utf8.go:34:13: ... argument does not escape
string_range_utf8.go:34:17: len("\xf0\x9f\x99") escapes to heap
string_range_utf8.go:34:41: []rune{...} escapes to heap
string_range_utf8.go:34:41: []rune{...} escapes to heap
