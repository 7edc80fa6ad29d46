print_vs_println.go:8:11: ... argument does not escape
print_vs_println.go:8:12: "a" escapes to heap
print_vs_println.go:8:17: "b" escapes to heap
print_vs_println.go:8:22: "\n" escapes to heap
print_vs_println.go:9:11: ... argument does not escape
print_vs_println.go:9:12: 1 escapes to heap
print_vs_println.go:9:15: 2 escapes to heap
print_vs_println.go:9:18: "\n" escapes to heap
print_vs_println.go:10:11: ... argument does not escape
print_vs_println.go:10:12: "x" escapes to heap
print_vs_println.go:10:17: 1 escapes to heap
print_vs_println.go:10:20: 2 escapes to heap
print_vs_println.go:10:23: "y" escapes to heap
print_vs_println.go:10:28: "\n" escapes to heap
print_vs_println.go:11:11: ... argument does not escape
print_vs_println.go:11:12: 1 escapes to heap
print_vs_println.go:11:15: "x" escapes to heap
print_vs_println.go:11:20: 2 escapes to heap
print_vs_println.go:11:23: "\n" escapes to heap
print_vs_println.go:12:11: ... argument does not escape
print_vs_println.go:12:12: 1.5 escapes to heap
print_vs_println.go:12:17: true escapes to heap
print_vs_println.go:12:23: false escapes to heap
print_vs_println.go:12:30: 'r' escapes to heap
print_vs_println.go:12:35: "\n" escapes to heap
print_vs_println.go:13:11: ... argument does not escape
print_vs_println.go:13:12: "\n" escapes to heap
print_vs_println.go:14:13: ... argument does not escape
print_vs_println.go:14:14: "a" escapes to heap
print_vs_println.go:14:19: "b" escapes to heap
print_vs_println.go:15:13: ... argument does not escape
print_vs_println.go:15:14: 1 escapes to heap
print_vs_println.go:15:17: 2 escapes to heap
print_vs_println.go:16:13: ... argument does not escape
print_vs_println.go:16:14: "x" escapes to heap
print_vs_println.go:16:19: 1 escapes to heap
print_vs_println.go:16:22: 2 escapes to heap
print_vs_println.go:16:25: "y" escapes to heap
print_vs_println.go:18:13: ... argument does not escape
print_vs_println.go:18:14: "" escapes to heap
print_vs_println.go:20:11: ... argument does not escape
print_vs_println.go:20:12: "" escapes to heap
print_vs_println.go:21:13: ... argument does not escape
print_vs_println.go:21:14: true escapes to heap
print_vs_println.go:21:20: "" escapes to heap
print_vs_println.go:21:24: false escapes to heap
