fmt_nested.go:19:17: []Leaf{...} escapes to heap
fmt_nested.go:20:27: map[string][]int{...} escapes to heap
fmt_nested.go:20:37: []int{...} escapes to heap
fmt_nested.go:20:54: []int{} escapes to heap
fmt_nested.go:22:13: ... argument does not escape
fmt_nested.go:22:13: t escapes to heap
fmt_nested.go:23:12: ... argument does not escape
fmt_nested.go:23:13: t escapes to heap
fmt_nested.go:24:13: ... argument does not escape
fmt_nested.go:24:31: [2]map[string]int{...} escapes to heap
fmt_nested.go:24:32: map[string]int{...} escapes to heap
fmt_nested.go:25:13: ... argument does not escape
fmt_nested.go:25:24: [][]string{...} escapes to heap
fmt_nested.go:25:24: [][]string{...} escapes to heap
fmt_nested.go:25:25: []string{...} escapes to heap
fmt_nested.go:25:37: []string{} escapes to heap
fmt_nested.go:25:41: []string{...} escapes to heap
fmt_nested.go:26:13: ... argument does not escape
fmt_nested.go:26:27: []interface {}{...} escapes to heap
fmt_nested.go:26:27: []interface {}{...} escapes to heap
fmt_nested.go:26:33: []int{...} escapes to heap
fmt_nested.go:26:33: []int{...} escapes to heap
fmt_nested.go:26:49: map[int]int{...} escapes to heap
fmt_nested.go:26:61: Leaf{...} escapes to heap
fmt_nested.go:27:13: ... argument does not escape
fmt_nested.go:30:3: struct { L *Leaf; E interface {} }{...} escapes to heap
fmt_nested.go:30:13: Leaf{} escapes to heap
fmt_nested.go:31:12: ... argument does not escape
fmt_nested.go:31:32: []*Leaf{...} escapes to heap
fmt_nested.go:31:32: []*Leaf{...} escapes to heap
fmt_nested.go:31:46: [1]Leaf{} escapes to heap
fmt_nested.go:32:13: ... argument does not escape
fmt_nested.go:32:22: []string{...} escapes to heap
fmt_nested.go:32:22: []string{...} escapes to heap
fmt_nested.go:32:36: []string{...} escapes to heap
fmt_nested.go:32:36: []string{...} escapes to heap
fmt_nested.go:32:54: []string{} escapes to heap
fmt_nested.go:32:54: []string{} escapes to heap
