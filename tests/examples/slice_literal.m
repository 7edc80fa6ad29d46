slice_literal.go:10:10: xs does not escape
slice_literal.go:19:13: []int{...} does not escape
slice_literal.go:20:13: ... argument does not escape
slice_literal.go:20:17: sum(xs) escapes to heap
