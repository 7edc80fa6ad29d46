goto_statements.go:6:11: xs does not escape
goto_statements.go:22:13: ... argument does not escape
goto_statements.go:22:18: find([]int{...}, 9) escapes to heap
goto_statements.go:22:24: []int{...} does not escape
goto_statements.go:22:43: find([]int{...}, 1) escapes to heap
goto_statements.go:22:49: []int{...} does not escape
goto_statements.go:26:12: ... argument does not escape
goto_statements.go:26:12: i escapes to heap
goto_statements.go:26:16: " " escapes to heap
goto_statements.go:34:16: ... argument does not escape
goto_statements.go:34:17: "escape at" escapes to heap
goto_statements.go:34:17: a escapes to heap
goto_statements.go:34:17: b escapes to heap
goto_statements.go:39:13: ... argument does not escape
goto_statements.go:39:14: "not printed" escapes to heap
goto_statements.go:41:13: ... argument does not escape
goto_statements.go:41:14: "done" escapes to heap
goto_statements.go:44:13: ... argument does not escape
goto_statements.go:44:14: "after skip" escapes to heap
