strings_trim.go:11:12: ... argument does not escape
strings_trim.go:11:38: strings.TrimSpace("  \t hello world \n ") escapes to heap
strings_trim.go:12:12: ... argument does not escape
strings_trim.go:12:33: strings.Trim("xxhixyx", "xy") escapes to heap
strings_trim.go:13:12: ... argument does not escape
strings_trim.go:13:37: strings.TrimLeft("xxhixyx", "xy") escapes to heap
strings_trim.go:14:12: ... argument does not escape
strings_trim.go:14:38: strings.TrimRight("xxhixyx", "xy") escapes to heap
strings_trim.go:15:12: ... argument does not escape
strings_trim.go:15:39: strings.TrimPrefix("prefix-body", "prefix-") escapes to heap
strings_trim.go:16:12: ... argument does not escape
strings_trim.go:16:39: strings.TrimPrefix("body", "prefix-") escapes to heap
strings_trim.go:17:12: ... argument does not escape
strings_trim.go:17:39: strings.TrimSuffix("file.tar.gz", ".gz") escapes to heap
strings_trim.go:18:12: ... argument does not escape
strings_trim.go:18:37: strings.TrimLeft("aaab", "a") escapes to heap
strings_trim.go:19:12: ... argument does not escape
strings_trim.go:19:39: strings.TrimPrefix("aaab", "a") escapes to heap
strings_trim.go:20:12: ... argument does not escape
strings_trim.go:20:37: strings.TrimFunc("123abc456", unicode.IsDigit) escapes to heap
strings_trim.go:21:12: ... argument does not escape
strings_trim.go:21:41: strings.TrimLeftFunc("  x  ", unicode.IsSpace) escapes to heap
strings_trim.go:22:12: ... argument does not escape
strings_trim.go:22:42: strings.TrimRightFunc("  x  ", unicode.IsSpace) escapes to heap
strings_trim.go:23:12: ... argument does not escape
strings_trim.go:23:33: strings.Trim("", "abc") escapes to heap
strings_trim.go:24:12: ... argument does not escape
strings_trim.go:24:33: strings.Trim("abc", "") escapes to heap
strings_trim.go:25:12: ... argument does not escape
strings_trim.go:25:33: strings.Trim("¡¡hola!!", "!¡") escapes to heap
strings_trim.go:26:12: ... argument does not escape
strings_trim.go:26:38: strings.TrimSpace("\u00a0nbsp\u00a0") escapes to heap
