switch_forms_more.go:35:12: ... argument does not escape
switch_forms_more.go:35:13: "zero " escapes to heap
switch_forms_more.go:38:12: ... argument does not escape
switch_forms_more.go:38:13: "one " escapes to heap
switch_forms_more.go:41:12: ... argument does not escape
switch_forms_more.go:41:13: "default " escapes to heap
switch_forms_more.go:43:12: ... argument does not escape
switch_forms_more.go:43:13: "two " escapes to heap
switch_forms_more.go:49:25: []int{...} does not escape
switch_forms_more.go:50:12: ... argument does not escape
switch_forms_more.go:50:18: grade(n) escapes to heap
switch_forms_more.go:50:23: " " escapes to heap
switch_forms_more.go:54:12: ... argument does not escape
switch_forms_more.go:54:17: kind(r) escapes to heap
switch_forms_more.go:54:22: " " escapes to heap
switch_forms_more.go:62:14: ... argument does not escape
switch_forms_more.go:62:15: "x*2 is 10, x is" escapes to heap
switch_forms_more.go:62:15: x escapes to heap
switch_forms_more.go:65:7: func literal does not escape
switch_forms_more.go:68:14: ... argument does not escape
switch_forms_more.go:68:15: "matched after" escapes to heap
switch_forms_more.go:68:15: calls escapes to heap
switch_forms_more.go:68:39: "calls" escapes to heap
switch_forms_more.go:72:14: ... argument does not escape
switch_forms_more.go:72:15: "two letters" escapes to heap
