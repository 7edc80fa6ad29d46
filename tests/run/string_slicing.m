string_slicing.go:8:13: ... argument does not escape
string_slicing.go:8:15: s[0:5] escapes to heap
string_slicing.go:8:23: s[7:] escapes to heap
string_slicing.go:8:34: s[:5] + s[12:] escapes to heap
string_slicing.go:8:34: s[:5] + s[12:] escapes to heap
string_slicing.go:8:46: len(s[7:10]) escapes to heap
string_slicing.go:9:13: ... argument does not escape
string_slicing.go:9:15: s[7:10] escapes to heap
string_slicing.go:9:30: s[7:8] == "\xe4" escapes to heap
string_slicing.go:10:12: ... argument does not escape
string_slicing.go:10:22: s[8:10] escapes to heap
string_slicing.go:13:13: ... argument does not escape
string_slicing.go:13:13: s escapes to heap
string_slicing.go:13:13: t escapes to heap
string_slicing.go:14:13: ... argument does not escape
string_slicing.go:14:20: "abc" < "abd" escapes to heap
string_slicing.go:14:34: "ab" < "abc" escapes to heap
string_slicing.go:14:47: "B" < "a" escapes to heap
string_slicing.go:14:57: "" < "a" escapes to heap
string_slicing.go:14:69: "é" > "z" escapes to heap
string_slicing.go:15:13: ... argument does not escape
string_slicing.go:15:19: "go" == "g" + "o" escapes to heap
string_slicing.go:15:36: "Go" != "go" escapes to heap
string_slicing.go:22:27: "[" + s[i:end] + "]" escapes to heap
string_slicing.go:24:12: ... argument does not escape
string_slicing.go:24:13: parts escapes to heap
string_slicing.go:26:13: ... argument does not escape
string_slicing.go:26:17: len(empty) escapes to heap
string_slicing.go:26:32: empty == "" escapes to heap
string_slicing.go:26:50: empty[0:0] == "" escapes to heap
string_slicing.go:29:13: ... argument does not escape
string_slicing.go:29:13: sub2 escapes to heap
string_slicing.go:29:23: len(sub) escapes to heap
string_slicing.go:31:13: ... argument does not escape
string_slicing.go:31:13: b escapes to heap
string_slicing.go:31:23: string(b) escapes to heap
string_slicing.go:31:23: string(b) escapes to heap
string_slicing.go:31:29: s[len(s) - 1] escapes to heap
string_slicing.go:34:13: ... argument does not escape
string_slicing.go:34:17: len(multi) escapes to heap
string_slicing.go:34:17: multi escapes to heap
