blank_identifier.go:20:13: ... argument does not escape
blank_identifier.go:20:14: "side effect" escapes to heap
blank_identifier.go:27:13: ... argument does not escape
blank_identifier.go:27:13: n escapes to heap
blank_identifier.go:27:13: s escapes to heap
blank_identifier.go:28:13: ... argument does not escape
blank_identifier.go:28:26: ignoreSecond(4, "ignored") escapes to heap
blank_identifier.go:30:12: ... argument does not escape
blank_identifier.go:30:13: t escapes to heap
blank_identifier.go:30:13: t escapes to heap
blank_identifier.go:36:21: map[string]int{...} does not escape
blank_identifier.go:38:13: ... argument does not escape
blank_identifier.go:38:13: ok escapes to heap
blank_identifier.go:39:6: 3 does not escape
blank_identifier.go:41:13: ... argument does not escape
blank_identifier.go:41:13: isInt escapes to heap
blank_identifier.go:43:13: ... argument does not escape
blank_identifier.go:43:16: t == t2 escapes to heap
blank_identifier.go:17:19: ... argument does not escape
blank_identifier.go:17:20: "package-level blank" escapes to heap
