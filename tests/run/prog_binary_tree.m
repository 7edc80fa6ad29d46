prog_binary_tree.go:12:7: leaking param: t
prog_binary_tree.go:14:10: &Tree{...} escapes to heap
prog_binary_tree.go:27:7: t does not escape
prog_binary_tree.go:40:7: leaking param: t
prog_binary_tree.go:40:24: visit does not escape
prog_binary_tree.go:49:7: t does not escape
prog_binary_tree.go:53:14: []int{...} escapes to heap
prog_binary_tree.go:58:7: t does not escape
prog_binary_tree.go:69:7: leaking param: t to result ~r0 level=0
prog_binary_tree.go:76:7: leaking param: t
prog_binary_tree.go:102:20: n does not escape
prog_binary_tree.go:99:25: []int{...} does not escape
prog_binary_tree.go:102:15: func literal does not escape
prog_binary_tree.go:102:41: ... argument does not escape
prog_binary_tree.go:102:55: n.Key escapes to heap
prog_binary_tree.go:102:62: n.Count escapes to heap
prog_binary_tree.go:104:13: ... argument does not escape
prog_binary_tree.go:104:27: (*Tree).PreOrder(root) escapes to heap
prog_binary_tree.go:104:42: (*Tree).Height(root) escapes to heap
prog_binary_tree.go:105:13: ... argument does not escape
prog_binary_tree.go:105:27: (*Tree).Contains(root, 65) escapes to heap
prog_binary_tree.go:105:46: (*Tree).Contains(root, 66) escapes to heap
prog_binary_tree.go:105:62: (*Tree).Min(root).Key escapes to heap
prog_binary_tree.go:106:25: []int{...} does not escape
prog_binary_tree.go:108:14: ... argument does not escape
prog_binary_tree.go:108:15: "delete" escapes to heap
prog_binary_tree.go:108:15: k escapes to heap
prog_binary_tree.go:108:41: (*Tree).PreOrder(root) escapes to heap
prog_binary_tree.go:108:56: (*Tree).Height(root) escapes to heap
prog_binary_tree.go:111:13: ... argument does not escape
prog_binary_tree.go:111:26: (*Tree).Height(empty) escapes to heap
prog_binary_tree.go:111:44: (*Tree).Contains(empty, 1) escapes to heap
prog_binary_tree.go:111:66: (*Tree).PreOrder(empty) == nil escapes to heap
