const_iota.go:42:13: ... argument does not escape
const_iota.go:42:14: A escapes to heap
const_iota.go:42:17: B escapes to heap
const_iota.go:42:20: C escapes to heap
const_iota.go:43:13: ... argument does not escape
const_iota.go:43:14: KB escapes to heap
const_iota.go:43:18: MB escapes to heap
const_iota.go:43:22: GB escapes to heap
const_iota.go:44:13: ... argument does not escape
const_iota.go:44:14: X escapes to heap
const_iota.go:44:17: Y escapes to heap
const_iota.go:44:20: Z escapes to heap
const_iota.go:44:23: W escapes to heap
const_iota.go:44:26: P escapes to heap
const_iota.go:44:29: Q escapes to heap
const_iota.go:45:13: ... argument does not escape
const_iota.go:45:14: first escapes to heap
const_iota.go:45:21: second escapes to heap
const_iota.go:45:29: third escapes to heap
const_iota.go:45:36: fourth escapes to heap
const_iota.go:46:13: ... argument does not escape
const_iota.go:46:14: red escapes to heap
const_iota.go:46:19: green escapes to heap
const_iota.go:46:26: blue escapes to heap
const_iota.go:49:13: ... argument does not escape
const_iota.go:49:13: v escapes to heap
const_iota.go:49:17: single escapes to heap
const_iota.go:55:13: ... argument does not escape
const_iota.go:55:14: lo escapes to heap
const_iota.go:55:18: mid escapes to heap
const_iota.go:55:23: hi escapes to heap
const_iota.go:61:13: ... argument does not escape
const_iota.go:61:14: bit0 escapes to heap
const_iota.go:61:20: mask0 escapes to heap
const_iota.go:61:27: bit1 escapes to heap
const_iota.go:61:33: mask1 escapes to heap
const_iota.go:61:40: bit2 escapes to heap
const_iota.go:61:46: mask2 escapes to heap
