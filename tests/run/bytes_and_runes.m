bytes_and_runes.go:9:12: ... argument does not escape
bytes_and_runes.go:9:14: s[i] escapes to heap
bytes_and_runes.go:9:19: " " escapes to heap
bytes_and_runes.go:14:13: ... argument does not escape
bytes_and_runes.go:14:13: b escapes to heap
bytes_and_runes.go:15:12: ... argument does not escape
bytes_and_runes.go:15:28: s[0] escapes to heap
bytes_and_runes.go:15:28: b escapes to heap
bytes_and_runes.go:15:37: s[1] escapes to heap
bytes_and_runes.go:17:13: ... argument does not escape
bytes_and_runes.go:17:13: r escapes to heap
bytes_and_runes.go:17:18: r + 1 escapes to heap
bytes_and_runes.go:18:12: ... argument does not escape
bytes_and_runes.go:18:13: r escapes to heap
bytes_and_runes.go:18:13: r escapes to heap
bytes_and_runes.go:18:13: r escapes to heap
bytes_and_runes.go:18:13: r escapes to heap
bytes_and_runes.go:20:12: ... argument does not escape
bytes_and_runes.go:20:13: r2 escapes to heap
bytes_and_runes.go:20:13: r2 escapes to heap
bytes_and_runes.go:20:13: r2 escapes to heap
bytes_and_runes.go:23:13: ... argument does not escape
bytes_and_runes.go:23:21: c - 32 escapes to heap
bytes_and_runes.go:26:13: ... argument does not escape
bytes_and_runes.go:26:18: 'a' < 'b' escapes to heap
bytes_and_runes.go:26:28: 'z' - 'a' escapes to heap
bytes_and_runes.go:26:37: '0' + 5 escapes to heap
bytes_and_runes.go:28:13: ... argument does not escape
bytes_and_runes.go:28:13: nl escapes to heap
bytes_and_runes.go:28:18: '\t' escapes to heap
bytes_and_runes.go:28:24: '\\' escapes to heap
bytes_and_runes.go:28:30: '\'' escapes to heap
bytes_and_runes.go:28:36: '\x41' escapes to heap
bytes_and_runes.go:28:44: '\u00e9' escapes to heap
bytes_and_runes.go:28:54: '\U0001F600' escapes to heap
bytes_and_runes.go:31:13: ... argument does not escape
bytes_and_runes.go:31:13: last escapes to heap
