large_output.go:10:13: ... argument does not escape
large_output.go:10:14: i escapes to heap
large_output.go:10:14: sum escapes to heap
large_output.go:12:11: ... argument does not escape
large_output.go:12:12: "end without newline" escapes to heap
