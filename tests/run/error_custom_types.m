error_custom_types.go:15:7: e does not escape
error_custom_types.go:15:83: "line " + strconv.Itoa(e.Line) + ": " + e.Msg escapes to heap
error_custom_types.go:19:7: e does not escape
error_custom_types.go:19:57: ... argument does not escape
error_custom_types.go:19:80: e.Limit escapes to heap
error_custom_types.go:21:12: leaking param content: lines
error_custom_types.go:26:24: ParseError{...} escapes to heap
error_custom_types.go:26:49: "not a number: " + l escapes to heap
error_custom_types.go:30:18: &LimitError{...} escapes to heap
error_custom_types.go:40:7: moved to heap: pe
error_custom_types.go:41:7: moved to heap: le
error_custom_types.go:37:22: [][]string{...} does not escape
error_custom_types.go:37:23: []string{...} does not escape
error_custom_types.go:37:35: []string{...} does not escape
error_custom_types.go:37:47: []string{...} does not escape
error_custom_types.go:44:15: ... argument does not escape
error_custom_types.go:44:16: "ok" escapes to heap
error_custom_types.go:44:16: n escapes to heap
error_custom_types.go:46:15: ... argument does not escape
error_custom_types.go:46:16: "parse error at" escapes to heap
error_custom_types.go:46:36: pe.Line escapes to heap
error_custom_types.go:46:43: "-" escapes to heap
error_custom_types.go:48:15: ... argument does not escape
error_custom_types.go:48:16: "limit" escapes to heap
error_custom_types.go:48:27: le.Limit escapes to heap
error_custom_types.go:48:27: n escapes to heap
error_custom_types.go:48:38: "-" escapes to heap
