os_exit_skips_defer.go:10:20: "never printed" escapes to heap
os_exit_skips_defer.go:10:19: ... argument does not escape
os_exit_skips_defer.go:11:2: func literal does not escape
os_exit_skips_defer.go:12:21: "inner defer runs normally" escapes to heap
os_exit_skips_defer.go:12:20: ... argument does not escape
os_exit_skips_defer.go:14:2: func literal does not escape
os_exit_skips_defer.go:15:9: func literal does not escape
os_exit_skips_defer.go:16:15: ... argument does not escape
os_exit_skips_defer.go:16:16: "recovered before exit:" escapes to heap
os_exit_skips_defer.go:18:8: "not fatal" escapes to heap
os_exit_skips_defer.go:20:13: ... argument does not escape
os_exit_skips_defer.go:20:14: "exiting with 7" escapes to heap
os_exit_skips_defer.go:21:14: ... argument does not escape
os_exit_skips_defer.go:21:26: "message on stderr" escapes to heap
