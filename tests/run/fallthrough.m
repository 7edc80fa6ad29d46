fallthrough.go:7:11: ... argument does not escape
fallthrough.go:7:11: n escapes to heap
fallthrough.go:7:15: ":" escapes to heap
fallthrough.go:10:12: ... argument does not escape
fallthrough.go:10:13: " A" escapes to heap
fallthrough.go:13:12: ... argument does not escape
fallthrough.go:13:13: " B" escapes to heap
fallthrough.go:16:12: ... argument does not escape
fallthrough.go:16:13: " C" escapes to heap
fallthrough.go:18:12: ... argument does not escape
fallthrough.go:18:13: " D" escapes to heap
fallthrough.go:21:12: ... argument does not escape
fallthrough.go:21:13: " F" escapes to heap
fallthrough.go:34:14: ... argument does not escape
fallthrough.go:34:15: "one" escapes to heap
fallthrough.go:37:14: ... argument does not escape
fallthrough.go:37:15: "hundred (not tested)" escapes to heap
fallthrough.go:40:14: ... argument does not escape
fallthrough.go:40:15: "default via fallthrough" escapes to heap
fallthrough.go:42:14: ... argument does not escape
fallthrough.go:42:15: "two" escapes to heap
fallthrough.go:46:14: ... argument does not escape
fallthrough.go:46:15: "default first" escapes to heap
fallthrough.go:49:14: ... argument does not escape
fallthrough.go:49:15: "then four" escapes to heap
