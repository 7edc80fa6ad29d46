struct_pointers.go:14:11: c does not escape
struct_pointers.go:18:10: &Node{...} does not escape
struct_pointers.go:19:14: &Node{...} escapes to heap
struct_pointers.go:20:23: new(Node) escapes to heap
struct_pointers.go:22:13: ... argument does not escape
struct_pointers.go:22:18: root.Val escapes to heap
struct_pointers.go:22:33: root.Left.Val escapes to heap
struct_pointers.go:22:54: root.Left.Right.Val escapes to heap
struct_pointers.go:22:71: root.Right == nil escapes to heap
struct_pointers.go:24:13: ... argument does not escape
struct_pointers.go:24:18: root.Val escapes to heap
struct_pointers.go:29:13: ... argument does not escape
struct_pointers.go:29:15: c.n escapes to heap
struct_pointers.go:34:13: ... argument does not escape
struct_pointers.go:34:15: c.n escapes to heap
struct_pointers.go:34:21: p == q escapes to heap
struct_pointers.go:35:18: []Counter{...} escapes to heap
struct_pointers.go:38:13: ... argument does not escape
struct_pointers.go:38:13: arr escapes to heap
struct_pointers.go:45:13: ... argument does not escape
struct_pointers.go:45:13: arr escapes to heap
struct_pointers.go:48:13: ... argument does not escape
struct_pointers.go:48:23: root.Left.Val escapes to heap
