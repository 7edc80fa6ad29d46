break_continue.go:14:12: ... argument does not escape
break_continue.go:14:12: i escapes to heap
break_continue.go:14:16: " " escapes to heap
break_continue.go:25:13: ... argument does not escape
break_continue.go:25:13: i escapes to heap
break_continue.go:25:13: j escapes to heap
break_continue.go:25:20: " " escapes to heap
break_continue.go:38:13: ... argument does not escape
break_continue.go:38:13: n escapes to heap
break_continue.go:38:17: " " escapes to heap
break_continue.go:44:13: ... argument does not escape
break_continue.go:44:14: "n =" escapes to heap
break_continue.go:44:14: n escapes to heap
break_continue.go:56:13: ... argument does not escape
break_continue.go:56:14: "count =" escapes to heap
break_continue.go:56:14: count escapes to heap
break_continue.go:66:13: ... argument does not escape
break_continue.go:66:14: "i =" escapes to heap
break_continue.go:66:14: i escapes to heap
