labeled_break_continue.go:16:13: ... argument does not escape
labeled_break_continue.go:16:13: i escapes to heap
labeled_break_continue.go:16:13: j escapes to heap
labeled_break_continue.go:16:20: " " escapes to heap
labeled_break_continue.go:20:17: [][]int{...} does not escape
labeled_break_continue.go:20:18: []int{...} does not escape
labeled_break_continue.go:20:29: []int{...} does not escape
labeled_break_continue.go:20:41: []int{...} does not escape
labeled_break_continue.go:26:16: ... argument does not escape
labeled_break_continue.go:26:17: "negative at" escapes to heap
labeled_break_continue.go:26:17: r escapes to heap
labeled_break_continue.go:26:17: c escapes to heap
labeled_break_continue.go:32:13: ... argument does not escape
labeled_break_continue.go:32:13: found escapes to heap
labeled_break_continue.go:44:12: ... argument does not escape
labeled_break_continue.go:44:12: n escapes to heap
labeled_break_continue.go:44:16: " " escapes to heap
labeled_break_continue.go:46:13: ... argument does not escape
labeled_break_continue.go:46:14: "n =" escapes to heap
labeled_break_continue.go:46:14: n escapes to heap
labeled_break_continue.go:52:13: ... argument does not escape
labeled_break_continue.go:52:14: "i" escapes to heap
labeled_break_continue.go:52:14: i escapes to heap
labeled_break_continue.go:52:22: " " escapes to heap
