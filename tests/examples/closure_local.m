closure_local.go:13:9: func literal does not escape
closure_local.go:21:13: ... argument does not escape
closure_local.go:21:17: sum(100) escapes to heap
