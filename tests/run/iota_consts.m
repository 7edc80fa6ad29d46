iota_consts.go:50:13: ... argument does not escape
iota_consts.go:50:14: KB escapes to heap
iota_consts.go:50:18: MB escapes to heap
iota_consts.go:50:22: GB escapes to heap
iota_consts.go:52:13: ... argument does not escape
iota_consts.go:52:13: p escapes to heap
iota_consts.go:52:25: p & Write != 0 escapes to heap
iota_consts.go:52:38: p & Exec != 0 escapes to heap
iota_consts.go:52:54: Read | Write | Exec escapes to heap
iota_consts.go:53:13: ... argument does not escape
iota_consts.go:53:14: A escapes to heap
iota_consts.go:53:17: B escapes to heap
iota_consts.go:53:20: D escapes to heap
iota_consts.go:53:23: E escapes to heap
iota_consts.go:53:26: F escapes to heap
iota_consts.go:53:29: G escapes to heap
iota_consts.go:54:13: ... argument does not escape
iota_consts.go:54:14: x escapes to heap
iota_consts.go:54:17: y escapes to heap
iota_consts.go:54:20: z escapes to heap
iota_consts.go:54:23: w escapes to heap
iota_consts.go:55:13: ... argument does not escape
iota_consts.go:55:14: North escapes to heap
iota_consts.go:55:21: West escapes to heap
iota_consts.go:55:30: Dir(2) escapes to heap
iota_consts.go:56:12: ... argument does not escape
iota_consts.go:56:27: East escapes to heap
iota_consts.go:56:33: East escapes to heap
iota_consts.go:56:39: East escapes to heap
iota_consts.go:58:12: ... argument does not escape
iota_consts.go:58:12: d escapes to heap
iota_consts.go:58:21: (d + 1) % 4 escapes to heap
iota_consts.go:58:25: " " escapes to heap
