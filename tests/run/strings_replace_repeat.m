strings_replace_repeat.go:12:13: ... argument does not escape
strings_replace_repeat.go:12:29: strings.Replace(s, "k", "ky", 2) escapes to heap
strings_replace_repeat.go:13:13: ... argument does not escape
strings_replace_repeat.go:13:29: strings.Replace(s, "oink", "moo", -1) escapes to heap
strings_replace_repeat.go:14:13: ... argument does not escape
strings_replace_repeat.go:14:32: strings.ReplaceAll(s, "o", "0") escapes to heap
strings_replace_repeat.go:15:13: ... argument does not escape
strings_replace_repeat.go:15:29: strings.Replace(s, "", "-", 3) escapes to heap
strings_replace_repeat.go:16:13: ... argument does not escape
strings_replace_repeat.go:16:32: strings.ReplaceAll("abc", "", "|") escapes to heap
strings_replace_repeat.go:17:13: ... argument does not escape
strings_replace_repeat.go:17:47: strings.Replace(s, "x", "y", -1) == s escapes to heap
strings_replace_repeat.go:18:12: ... argument does not escape
strings_replace_repeat.go:18:41: strings.Repeat("ab", 3) escapes to heap
strings_replace_repeat.go:18:66: strings.Repeat("x", 0) escapes to heap
strings_replace_repeat.go:18:90: strings.Repeat("", 5) escapes to heap
strings_replace_repeat.go:19:26: ... argument does not escape
strings_replace_repeat.go:20:13: ... argument does not escape
strings_replace_repeat.go:20:23: (*strings.Replacer).Replace(r, "a < b && c > d") escapes to heap
strings_replace_repeat.go:21:11: func literal does not escape
strings_replace_repeat.go:30:13: ... argument does not escape
strings_replace_repeat.go:30:25: strings.Map(rot13, "Hello, World!") escapes to heap
strings_replace_repeat.go:31:25: func literal does not escape
strings_replace_repeat.go:37:12: ... argument does not escape
strings_replace_repeat.go:37:13: noSpace escapes to heap
strings_replace_repeat.go:38:13: ... argument does not escape
strings_replace_repeat.go:38:25: strings.Map(func literal, "HAL") escapes to heap
strings_replace_repeat.go:38:26: func literal does not escape
