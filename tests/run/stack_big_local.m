stack_big_local.go:21:6: moved to heap: b
stack_big_local.go:20:13: ... argument does not escape
stack_big_local.go:20:18: fill(1) escapes to heap
stack_big_local.go:20:27: fill(3) escapes to heap
stack_big_local.go:23:13: ... argument does not escape
stack_big_local.go:23:17: len(b) escapes to heap
stack_big_local.go:23:23: b[len(b) - 1] escapes to heap
