stack_deep_recursion.go:28:9: &node{...} escapes to heap
stack_deep_recursion.go:32:13: ... argument does not escape
stack_deep_recursion.go:32:19: depth(1000000, 0) escapes to heap
stack_deep_recursion.go:38:13: ... argument does not escape
stack_deep_recursion.go:38:13: sum escapes to heap
