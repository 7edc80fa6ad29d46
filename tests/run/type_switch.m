type_switch.go:12:7: n does not escape
type_switch.go:12:60: "Name(" + string(n) + ")" escapes to heap
type_switch.go:14:15: leaking param: v
type_switch.go:19:21: ... argument does not escape
type_switch.go:19:33: x + 1 escapes to heap
type_switch.go:21:21: ... argument does not escape
type_switch.go:23:23: "string of " + fmt.Sprint(... argument...) escapes to heap
type_switch.go:23:35: ... argument does not escape
type_switch.go:23:39: len(x) escapes to heap
type_switch.go:25:19: "error " + x.Error() escapes to heap
type_switch.go:27:22: "stringer " + x.String() escapes to heap
type_switch.go:29:20: ... argument does not escape
type_switch.go:29:21: "slice len " escapes to heap
type_switch.go:29:38: len(x) escapes to heap
type_switch.go:31:20: ... argument does not escape
type_switch.go:31:21: "func returning " escapes to heap
type_switch.go:31:41: x() escapes to heap
type_switch.go:36:20: ... argument does not escape
type_switch.go:36:21: "*int " escapes to heap
type_switch.go:36:30: *x escapes to heap
type_switch.go:38:21: ... argument does not escape
type_switch.go:43:2: moved to heap: n
type_switch.go:45:23: []interface {}{...} does not escape
type_switch.go:45:29: 1 escapes to heap
type_switch.go:45:36: int8(2) escapes to heap
type_switch.go:45:41: 'r' escapes to heap
type_switch.go:45:46: "abc" escapes to heap
type_switch.go:45:74: Name("x") escapes to heap
type_switch.go:46:8: []int{...} escapes to heap
type_switch.go:46:8: []int{...} escapes to heap
type_switch.go:46:16: func literal escapes to heap
type_switch.go:46:49: 2.5 escapes to heap
type_switch.go:46:65: map[int]int{} escapes to heap
type_switch.go:48:14: ... argument does not escape
type_switch.go:48:23: classify(v) escapes to heap
type_switch.go:50:20: (interface {})(3) does not escape
type_switch.go:52:14: ... argument does not escape
type_switch.go:52:15: "no" escapes to heap
type_switch.go:54:14: ... argument does not escape
type_switch.go:54:15: "default" escapes to heap
