os_exit_zero.go:10:13: ... argument does not escape
os_exit_zero.go:10:14: "stdout line" escapes to heap
os_exit_zero.go:13:13: ... argument does not escape
os_exit_zero.go:13:14: "not reached" escapes to heap
