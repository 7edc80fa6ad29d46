os_exit_code.go:11:14: ... argument does not escape
os_exit_code.go:11:15: "too big:" escapes to heap
os_exit_code.go:11:15: n escapes to heap
os_exit_code.go:14:13: ... argument does not escape
os_exit_code.go:14:14: "ok:" escapes to heap
os_exit_code.go:14:14: n escapes to heap
os_exit_code.go:21:13: ... argument does not escape
os_exit_code.go:21:14: "not reached" escapes to heap
