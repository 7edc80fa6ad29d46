slice_nil_vs_empty.go:6:15: leaking param: name
slice_nil_vs_empty.go:6:28: leaking param: s
slice_nil_vs_empty.go:7:12: ... argument does not escape
slice_nil_vs_empty.go:7:13: name escapes to heap
slice_nil_vs_empty.go:7:58: s == nil escapes to heap
slice_nil_vs_empty.go:7:69: len(s) escapes to heap
slice_nil_vs_empty.go:7:77: cap(s) escapes to heap
slice_nil_vs_empty.go:7:77: s escapes to heap
slice_nil_vs_empty.go:7:77: s escapes to heap
slice_nil_vs_empty.go:12:12: []int{} escapes to heap
slice_nil_vs_empty.go:13:11: make([]int, 0) escapes to heap
slice_nil_vs_empty.go:24:14: ... argument does not escape
slice_nil_vs_empty.go:24:15: "never" escapes to heap
slice_nil_vs_empty.go:27:13: ... argument does not escape
slice_nil_vs_empty.go:27:17: len(ns) escapes to heap
slice_nil_vs_empty.go:27:26: ns == nil escapes to heap
slice_nil_vs_empty.go:27:49: fmt.Sprint(... argument...) == fmt.Sprint(... argument...) escapes to heap
slice_nil_vs_empty.go:27:44: ... argument does not escape
slice_nil_vs_empty.go:27:44: ns escapes to heap
slice_nil_vs_empty.go:27:62: ... argument does not escape
slice_nil_vs_empty.go:27:71: []string{} escapes to heap
slice_nil_vs_empty.go:27:71: []string{} escapes to heap
slice_nil_vs_empty.go:28:22: ns does not escape
slice_nil_vs_empty.go:29:13: ... argument does not escape
slice_nil_vs_empty.go:29:16: i != nil escapes to heap
