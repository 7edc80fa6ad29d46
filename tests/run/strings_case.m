strings_case.go:10:19: []string{...} does not escape
strings_case.go:12:13: ... argument does not escape
strings_case.go:12:46: strings.ToUpper(w) escapes to heap
strings_case.go:12:66: strings.ToLower(w) escapes to heap
strings_case.go:12:84: strings.Title(w) escapes to heap
strings_case.go:12:104: strings.ToTitle(w) escapes to heap
strings_case.go:14:13: ... argument does not escape
strings_case.go:14:31: strings.EqualFold("Go", "GO") escapes to heap
strings_case.go:14:62: strings.EqualFold("σ", "Σ") escapes to heap
strings_case.go:14:93: strings.EqualFold("a", "b") escapes to heap
strings_case.go:15:13: ... argument does not escape
strings_case.go:15:31: strings.EqualFold("straße", "STRASSE") escapes to heap
strings_case.go:15:72: strings.EqualFold("K", "\u212a") escapes to heap
strings_case.go:16:13: ... argument does not escape
strings_case.go:16:34: strings.ToUpper("") == "" escapes to heap
strings_case.go:16:56: strings.ToLower("123!@#") escapes to heap
strings_case.go:17:13: ... argument does not escape
strings_case.go:17:27: strings.Title("o'neil is here") escapes to heap
strings_case.go:17:60: strings.Title("a.b c_d") escapes to heap
strings_case.go:19:25: func literal does not escape
strings_case.go:28:13: ... argument does not escape
strings_case.go:28:13: swapped escapes to heap
strings_case.go:28:42: strings.ToLower(s) == strings.ToLower(swapped) escapes to heap
