closure_loop_var.go:9:6: moved to heap: i
closure_loop_var.go:26:9: moved to heap: s
closure_loop_var.go:34:6: moved to heap: i
closure_loop_var.go:39:6: moved to heap: k
closure_loop_var.go:39:9: moved to heap: v
closure_loop_var.go:43:6: moved to heap: defers
closure_loop_var.go:45:7: moved to heap: i
closure_loop_var.go:10:19: func literal escapes to heap
closure_loop_var.go:13:12: ... argument does not escape
closure_loop_var.go:13:14: f() escapes to heap
closure_loop_var.go:13:18: " " escapes to heap
closure_loop_var.go:19:19: func literal escapes to heap
closure_loop_var.go:22:12: ... argument does not escape
closure_loop_var.go:22:14: f() escapes to heap
closure_loop_var.go:22:18: " " escapes to heap
closure_loop_var.go:26:28: []string{...} does not escape
closure_loop_var.go:27:19: func literal escapes to heap
closure_loop_var.go:30:12: ... argument does not escape
closure_loop_var.go:30:14: g() escapes to heap
closure_loop_var.go:30:18: " " escapes to heap
closure_loop_var.go:37:13: ... argument does not escape
closure_loop_var.go:37:14: *ptrs[0] escapes to heap
closure_loop_var.go:37:24: *ptrs[1] escapes to heap
closure_loop_var.go:37:34: *ptrs[2] escapes to heap
closure_loop_var.go:37:52: ptrs[0] == ptrs[2] escapes to heap
closure_loop_var.go:39:31: map[int]int{...} does not escape
closure_loop_var.go:40:19: func literal escapes to heap
closure_loop_var.go:42:13: ... argument does not escape
closure_loop_var.go:42:19: hs[0]() escapes to heap
closure_loop_var.go:44:2: func literal does not escape
closure_loop_var.go:46:10: func literal escapes to heap
closure_loop_var.go:49:13: ... argument does not escape
closure_loop_var.go:49:13: defers escapes to heap
