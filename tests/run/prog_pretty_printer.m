prog_pretty_printer.go:15:12: leaking param: sb
prog_pretty_printer.go:15:33: leaking param: v
prog_pretty_printer.go:35:23: pad + "  " does not escape
prog_pretty_printer.go:42:22: pad + "]" does not escape
prog_pretty_printer.go:44:15: make([]string, 0, len(x)) escapes to heap
prog_pretty_printer.go:51:15: ... argument does not escape
prog_pretty_printer.go:51:20: pad escapes to heap
prog_pretty_printer.go:51:20: k escapes to heap
prog_pretty_printer.go:58:22: pad + "}" does not escape
prog_pretty_printer.go:62:14: ... argument does not escape
prog_pretty_printer.go:68:54: ... argument does not escape
prog_pretty_printer.go:68:66: v.Major escapes to heap
prog_pretty_printer.go:68:75: v.Minor escapes to heap
prog_pretty_printer.go:70:12: v does not escape
prog_pretty_printer.go:99:6: moved to heap: sb
prog_pretty_printer.go:87:12: map[string]interface {}{...} escapes to heap
prog_pretty_printer.go:88:9: "go2c" escapes to heap
prog_pretty_printer.go:89:12: Version{...} escapes to heap
prog_pretty_printer.go:90:11: false escapes to heap
prog_pretty_printer.go:91:10: 1234 escapes to heap
prog_pretty_printer.go:92:10: 0.75 escapes to heap
prog_pretty_printer.go:93:9: []interface {}{...} escapes to heap
prog_pretty_printer.go:93:17: []interface {}{...} escapes to heap
prog_pretty_printer.go:93:18: "compiler" escapes to heap
prog_pretty_printer.go:93:30: "c" escapes to heap
prog_pretty_printer.go:93:35: "go" escapes to heap
prog_pretty_printer.go:94:10: []interface {}{} escapes to heap
prog_pretty_printer.go:94:17: []interface {}{} escapes to heap
prog_pretty_printer.go:95:17: map[string]interface {}{...} escapes to heap
prog_pretty_printer.go:95:25: "gopher" escapes to heap
prog_pretty_printer.go:95:41: 7 escapes to heap
prog_pretty_printer.go:96:11: []interface {}{...} escapes to heap
prog_pretty_printer.go:96:17: []interface {}{...} escapes to heap
prog_pretty_printer.go:96:21: []interface {}{...} escapes to heap
prog_pretty_printer.go:96:21: []interface {}{...} escapes to heap
prog_pretty_printer.go:96:22: 1 escapes to heap
prog_pretty_printer.go:96:25: 2 escapes to heap
prog_pretty_printer.go:96:32: []interface {}{...} escapes to heap
prog_pretty_printer.go:96:32: []interface {}{...} escapes to heap
prog_pretty_printer.go:96:33: 3 escapes to heap
prog_pretty_printer.go:96:36: "four\n" escapes to heap
prog_pretty_printer.go:97:8: []int{...} escapes to heap
prog_pretty_printer.go:97:19: []int{...} escapes to heap
prog_pretty_printer.go:101:13: ... argument does not escape
prog_pretty_printer.go:101:23: (*strings.Builder).String(sb) escapes to heap
prog_pretty_printer.go:102:13: ... argument does not escape
prog_pretty_printer.go:102:14: "leaves:" escapes to heap
prog_pretty_printer.go:102:30: count(doc) escapes to heap
