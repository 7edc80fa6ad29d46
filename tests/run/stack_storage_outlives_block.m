stack_storage_outlives_block.go:12:13: leaking param content: ps
stack_storage_outlives_block.go:18:13: ... argument does not escape
stack_storage_outlives_block.go:18:14: *ps escapes to heap
stack_storage_outlives_block.go:24:7: &T{...} does not escape
stack_storage_outlives_block.go:29:7: func literal does not escape
stack_storage_outlives_block.go:37:3: moved to heap: v
stack_storage_outlives_block.go:45:10: xs does not escape
stack_storage_outlives_block.go:59:13: ... argument does not escape
stack_storage_outlives_block.go:59:18: pick(true) escapes to heap
stack_storage_outlives_block.go:59:30: last(5) escapes to heap
stack_storage_outlives_block.go:59:38: sum([]int{...}) escapes to heap
stack_storage_outlives_block.go:59:44: []int{...} does not escape
