sprintf.go:7:20: ... argument does not escape
sprintf.go:7:21: n escapes to heap
sprintf.go:11:18: ... argument does not escape
sprintf.go:11:38: "gopher" escapes to heap
sprintf.go:11:51: len("gopher") escapes to heap
sprintf.go:12:13: ... argument does not escape
sprintf.go:12:13: s escapes to heap
sprintf.go:12:20: len(s) escapes to heap
sprintf.go:13:17: ... argument does not escape
sprintf.go:13:18: "a" escapes to heap
sprintf.go:13:23: 1 escapes to heap
sprintf.go:13:26: 2 escapes to heap
sprintf.go:13:29: "b" escapes to heap
sprintf.go:13:34: 3.5 escapes to heap
sprintf.go:13:39: true escapes to heap
sprintf.go:13:45: false escapes to heap
sprintf.go:14:13: ... argument does not escape
sprintf.go:14:13: t escapes to heap
sprintf.go:15:19: ... argument does not escape
sprintf.go:15:20: "x" escapes to heap
sprintf.go:15:25: 1 escapes to heap
sprintf.go:15:28: 2.0 escapes to heap
sprintf.go:16:11: ... argument does not escape
sprintf.go:16:11: u escapes to heap
sprintf.go:17:13: ... argument does not escape
sprintf.go:17:17: len(u) escapes to heap
sprintf.go:18:13: ... argument does not escape
sprintf.go:18:31: pad(7) + pad(42) + pad(12345) escapes to heap
sprintf.go:18:31: pad(7) + pad(42) + pad(12345) escapes to heap
sprintf.go:19:13: ... argument does not escape
sprintf.go:19:27: fmt.Sprint(nil...) == "" escapes to heap
sprintf.go:19:49: fmt.Sprintln(nil...) == "\n" escapes to heap
sprintf.go:22:21: ... argument does not escape
sprintf.go:22:22: i escapes to heap
sprintf.go:22:39: 'a' + i escapes to heap
sprintf.go:24:13: ... argument does not escape
sprintf.go:24:13: msg escapes to heap
sprintf.go:25:13: ... argument does not escape
sprintf.go:25:25: fmt.Sprintf("%v|%v", ... argument...) escapes to heap
sprintf.go:25:25: ... argument does not escape
sprintf.go:25:45: fmt.Sprint(... argument...) escapes to heap
sprintf.go:25:45: ... argument does not escape
sprintf.go:25:46: 1 escapes to heap
sprintf.go:25:49: 2 escapes to heap
sprintf.go:25:65: fmt.Sprintln(... argument...) escapes to heap
sprintf.go:25:65: ... argument does not escape
sprintf.go:25:66: 3 escapes to heap
sprintf.go:25:69: 4 escapes to heap
sprintf.go:26:13: ... argument does not escape
sprintf.go:26:24: fmt.Sprint(... argument...) escapes to heap
sprintf.go:26:24: ... argument does not escape
sprintf.go:26:25: "only" escapes to heap
sprintf.go:26:33: "strings" escapes to heap
sprintf.go:26:55: fmt.Sprint(... argument...) escapes to heap
sprintf.go:26:55: ... argument does not escape
sprintf.go:26:56: 1 escapes to heap
sprintf.go:26:59: 2 escapes to heap
sprintf.go:26:62: 3 escapes to heap
sprintf.go:27:12: ... argument does not escape
sprintf.go:27:32: fmt.Sprintf("%6.2f", ... argument...) escapes to heap
sprintf.go:27:32: ... argument does not escape
sprintf.go:27:42: 3.14159 escapes to heap
