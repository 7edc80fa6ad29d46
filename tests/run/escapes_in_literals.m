escapes_in_literals.go:7:13: ... argument does not escape
escapes_in_literals.go:7:14: "tab:\t|newline escaped as \\n|quote:\"|" escapes to heap
escapes_in_literals.go:8:12: ... argument does not escape
escapes_in_literals.go:8:21: "\a\b\f\n\r\t\v\\\"" escapes to heap
escapes_in_literals.go:9:13: ... argument does not escape
escapes_in_literals.go:9:17: len("\a\b\f\n\r\t\v\\\"") escapes to heap
escapes_in_literals.go:10:13: ... argument does not escape
escapes_in_literals.go:10:14: "\x48\x49 \110\111 \u0048\U00000049" escapes to heap
escapes_in_literals.go:11:13: ... argument does not escape
escapes_in_literals.go:11:14: '\a' escapes to heap
escapes_in_literals.go:11:20: '\b' escapes to heap
escapes_in_literals.go:11:26: '\f' escapes to heap
escapes_in_literals.go:11:32: '\n' escapes to heap
escapes_in_literals.go:11:38: '\r' escapes to heap
escapes_in_literals.go:11:44: '\t' escapes to heap
escapes_in_literals.go:11:50: '\v' escapes to heap
escapes_in_literals.go:11:56: '\\' escapes to heap
escapes_in_literals.go:11:62: '\'' escapes to heap
escapes_in_literals.go:11:68: '"' escapes to heap
escapes_in_literals.go:12:13: ... argument does not escape
escapes_in_literals.go:12:14: '\000' escapes to heap
escapes_in_literals.go:12:22: '\377' escapes to heap
escapes_in_literals.go:12:30: '\x7f' escapes to heap
escapes_in_literals.go:12:38: '\u12e4' escapes to heap
escapes_in_literals.go:12:48: '\U00101234' escapes to heap
escapes_in_literals.go:13:13: ... argument does not escape
escapes_in_literals.go:13:14: `raw \n \t "quotes" stay` escapes to heap
escapes_in_literals.go:14:13: ... argument does not escape
escapes_in_literals.go:14:17: len(`\n`) escapes to heap
escapes_in_literals.go:14:28: len("\n") escapes to heap
escapes_in_literals.go:17:13: ... argument does not escape
escapes_in_literals.go:17:13: raw escapes to heap
escapes_in_literals.go:17:22: len(raw) escapes to heap
escapes_in_literals.go:18:12: ... argument does not escape
escapes_in_literals.go:18:21: `a\b` escapes to heap
escapes_in_literals.go:19:13: ... argument does not escape
escapes_in_literals.go:19:29: "\xe4\xb8\x96" == "世" escapes to heap
escapes_in_literals.go:19:48: "\u4e16" == "世" escapes to heap
escapes_in_literals.go:20:13: ... argument does not escape
escapes_in_literals.go:20:14: "'" escapes to heap
escapes_in_literals.go:20:19: '"' escapes to heap
escapes_in_literals.go:20:24: "\"" escapes to heap
escapes_in_literals.go:20:30: "`" escapes to heap
escapes_in_literals.go:23:13: ... argument does not escape
escapes_in_literals.go:23:17: len(twoLines) escapes to heap
