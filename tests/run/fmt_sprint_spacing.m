fmt_sprint_spacing.go:12:12: ... argument does not escape
fmt_sprint_spacing.go:12:31: fmt.Sprint(... argument...) escapes to heap
fmt_sprint_spacing.go:12:31: ... argument does not escape
fmt_sprint_spacing.go:12:32: "a" escapes to heap
fmt_sprint_spacing.go:12:37: "b" escapes to heap
fmt_sprint_spacing.go:12:42: 1 escapes to heap
fmt_sprint_spacing.go:12:45: 2 escapes to heap
fmt_sprint_spacing.go:12:48: "c" escapes to heap
fmt_sprint_spacing.go:12:53: 3.5 escapes to heap
fmt_sprint_spacing.go:12:58: true escapes to heap
fmt_sprint_spacing.go:12:64: false escapes to heap
fmt_sprint_spacing.go:13:12: ... argument does not escape
fmt_sprint_spacing.go:13:31: fmt.Sprint(... argument...) escapes to heap
fmt_sprint_spacing.go:13:31: ... argument does not escape
fmt_sprint_spacing.go:13:32: 1 escapes to heap
fmt_sprint_spacing.go:13:35: 2 escapes to heap
fmt_sprint_spacing.go:13:38: 3 escapes to heap
fmt_sprint_spacing.go:14:12: ... argument does not escape
fmt_sprint_spacing.go:14:31: fmt.Sprint(... argument...) escapes to heap
fmt_sprint_spacing.go:14:31: ... argument does not escape
fmt_sprint_spacing.go:14:32: "x" escapes to heap
fmt_sprint_spacing.go:14:37: 1 escapes to heap
fmt_sprint_spacing.go:14:40: "y" escapes to heap
fmt_sprint_spacing.go:15:12: ... argument does not escape
fmt_sprint_spacing.go:15:31: fmt.Sprint(... argument...) escapes to heap
fmt_sprint_spacing.go:15:31: ... argument does not escape
fmt_sprint_spacing.go:15:33: S("named") escapes to heap
fmt_sprint_spacing.go:15:44: 1 escapes to heap
fmt_sprint_spacing.go:15:48: S("n2") escapes to heap
fmt_sprint_spacing.go:16:12: ... argument does not escape
fmt_sprint_spacing.go:16:31: fmt.Sprint(... argument...) escapes to heap
fmt_sprint_spacing.go:16:31: ... argument does not escape
fmt_sprint_spacing.go:16:49: 1 escapes to heap
fmt_sprint_spacing.go:17:12: ... argument does not escape
fmt_sprint_spacing.go:17:31: fmt.Sprint(... argument...) escapes to heap
fmt_sprint_spacing.go:17:31: ... argument does not escape
fmt_sprint_spacing.go:17:37: []int{...} escapes to heap
fmt_sprint_spacing.go:17:37: []int{...} escapes to heap
fmt_sprint_spacing.go:17:47: []int{...} escapes to heap
fmt_sprint_spacing.go:17:47: []int{...} escapes to heap
fmt_sprint_spacing.go:18:12: ... argument does not escape
fmt_sprint_spacing.go:18:31: fmt.Sprint(... argument...) escapes to heap
fmt_sprint_spacing.go:18:31: ... argument does not escape
fmt_sprint_spacing.go:18:42: "s" escapes to heap
fmt_sprint_spacing.go:19:12: ... argument does not escape
fmt_sprint_spacing.go:19:31: fmt.Sprint(nil...) escapes to heap
fmt_sprint_spacing.go:20:12: ... argument does not escape
fmt_sprint_spacing.go:20:33: fmt.Sprintln(... argument...) escapes to heap
fmt_sprint_spacing.go:20:33: ... argument does not escape
fmt_sprint_spacing.go:20:34: "a" escapes to heap
fmt_sprint_spacing.go:20:39: "b" escapes to heap
fmt_sprint_spacing.go:20:44: 1 escapes to heap
fmt_sprint_spacing.go:20:47: 2 escapes to heap
fmt_sprint_spacing.go:21:12: ... argument does not escape
fmt_sprint_spacing.go:21:33: fmt.Sprintln(nil...) escapes to heap
fmt_sprint_spacing.go:22:12: ... argument does not escape
fmt_sprint_spacing.go:22:31: fmt.Sprint(... argument...) escapes to heap
fmt_sprint_spacing.go:22:31: ... argument does not escape
fmt_sprint_spacing.go:22:32: 'a' escapes to heap
fmt_sprint_spacing.go:22:37: 'b' escapes to heap
fmt_sprint_spacing.go:23:11: ... argument does not escape
fmt_sprint_spacing.go:23:12: "print" escapes to heap
fmt_sprint_spacing.go:23:21: 1 escapes to heap
fmt_sprint_spacing.go:23:24: 2 escapes to heap
fmt_sprint_spacing.go:23:27: "\n" escapes to heap
fmt_sprint_spacing.go:24:11: ... argument does not escape
fmt_sprint_spacing.go:24:12: 3 escapes to heap
fmt_sprint_spacing.go:24:15: 4 escapes to heap
fmt_sprint_spacing.go:24:18: "\n" escapes to heap
fmt_sprint_spacing.go:25:13: ... argument does not escape
fmt_sprint_spacing.go:25:14: "println" escapes to heap
fmt_sprint_spacing.go:25:25: 1 escapes to heap
fmt_sprint_spacing.go:25:28: 2 escapes to heap
fmt_sprint_spacing.go:26:23: ... argument does not escape
fmt_sprint_spacing.go:26:24: "count me" escapes to heap
fmt_sprint_spacing.go:27:13: ... argument does not escape
fmt_sprint_spacing.go:27:13: n escapes to heap
fmt_sprint_spacing.go:28:18: ... argument does not escape
fmt_sprint_spacing.go:28:19: "xy" escapes to heap
fmt_sprint_spacing.go:28:25: 7 escapes to heap
fmt_sprint_spacing.go:28:28: "\n" escapes to heap
fmt_sprint_spacing.go:29:13: ... argument does not escape
fmt_sprint_spacing.go:29:13: n escapes to heap
fmt_sprint_spacing.go:30:19: ... argument does not escape
fmt_sprint_spacing.go:30:29: 3 escapes to heap
fmt_sprint_spacing.go:31:13: ... argument does not escape
fmt_sprint_spacing.go:31:13: n escapes to heap
