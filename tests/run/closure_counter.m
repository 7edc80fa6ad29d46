closure_counter.go:7:2: moved to heap: n
closure_counter.go:8:9: func literal escapes to heap
closure_counter.go:15:2: moved to heap: a
closure_counter.go:15:5: moved to heap: b
closure_counter.go:16:9: func literal escapes to heap
closure_counter.go:24:2: moved to heap: total
closure_counter.go:25:8: func literal escapes to heap
closure_counter.go:26:8: func literal escapes to heap
closure_counter.go:32:13: ... argument does not escape
closure_counter.go:32:16: c1() escapes to heap
closure_counter.go:32:22: c1() escapes to heap
closure_counter.go:32:28: c1() escapes to heap
closure_counter.go:32:34: c2() escapes to heap
closure_counter.go:35:12: ... argument does not escape
closure_counter.go:35:14: f() escapes to heap
closure_counter.go:35:18: " " escapes to heap
closure_counter.go:41:13: ... argument does not escape
closure_counter.go:41:17: get() escapes to heap
closure_counter.go:42:16: make([]func(int) int, 3) does not escape
closure_counter.go:45:15: func literal escapes to heap
closure_counter.go:47:13: ... argument does not escape
closure_counter.go:47:23: adders[0](1) escapes to heap
closure_counter.go:47:37: adders[1](1) escapes to heap
closure_counter.go:47:51: adders[2](1) escapes to heap
