loop_addr.go:16:3: moved to heap: v
loop_addr.go:19:13: ... argument does not escape
loop_addr.go:19:14: *ptrs[0] escapes to heap
loop_addr.go:19:24: *ptrs[1] escapes to heap
loop_addr.go:19:34: *ptrs[2] escapes to heap
