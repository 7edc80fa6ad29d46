panic_in_defer_recovered.go:7:8: func literal does not escape
panic_in_defer_recovered.go:8:22: ... argument does not escape
panic_in_defer_recovered.go:8:23: "recovered: " escapes to heap
panic_in_defer_recovered.go:10:8: func literal does not escape
panic_in_defer_recovered.go:11:8: "second" escapes to heap
panic_in_defer_recovered.go:13:7: "first" escapes to heap
panic_in_defer_recovered.go:17:8: func literal does not escape
panic_in_defer_recovered.go:17:28: ... argument does not escape
panic_in_defer_recovered.go:17:29: "g outer:" escapes to heap
panic_in_defer_recovered.go:18:8: func literal does not escape
panic_in_defer_recovered.go:19:9: func literal does not escape
panic_in_defer_recovered.go:19:29: ... argument does not escape
panic_in_defer_recovered.go:19:30: "g inner:" escapes to heap
panic_in_defer_recovered.go:20:8: "inside defer" escapes to heap
panic_in_defer_recovered.go:22:7: "g original" escapes to heap
panic_in_defer_recovered.go:26:13: ... argument does not escape
panic_in_defer_recovered.go:26:15: f() escapes to heap
panic_in_defer_recovered.go:28:13: ... argument does not escape
panic_in_defer_recovered.go:28:14: "done" escapes to heap
