string_concat.go:6:12: a does not escape
string_concat.go:6:15: b does not escape
string_concat.go:6:18: c does not escape
string_concat.go:7:29: a + ", " + b + ", " + c escapes to heap
string_concat.go:13:8: s + "c" escapes to heap
string_concat.go:14:13: ... argument does not escape
string_concat.go:14:13: s escapes to heap
string_concat.go:14:20: len(s) escapes to heap
string_concat.go:19:13: ... argument does not escape
string_concat.go:19:13: t escapes to heap
string_concat.go:19:20: len(t) escapes to heap
string_concat.go:20:13: ... argument does not escape
string_concat.go:20:19: join3("x", "y", "z") escapes to heap
string_concat.go:22:13: ... argument does not escape
string_concat.go:22:26: (empty + empty) == "" escapes to heap
string_concat.go:22:19: empty + empty does not escape
string_concat.go:22:36: len(empty + s + empty) escapes to heap
string_concat.go:22:44: empty + s + empty does not escape
string_concat.go:24:13: ... argument does not escape
string_concat.go:24:16: k + "!" escapes to heap
string_concat.go:27:13: ... argument does not escape
string_concat.go:27:13: s escapes to heap
string_concat.go:27:13: u escapes to heap
string_concat.go:32:13: ... argument does not escape
string_concat.go:32:17: len(long) escapes to heap
string_concat.go:32:29: long[0] escapes to heap
string_concat.go:32:38: long[999] escapes to heap
