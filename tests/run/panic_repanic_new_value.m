panic_repanic_new_value.go:10:8: func literal does not escape
panic_repanic_new_value.go:10:31: ... argument does not escape
panic_repanic_new_value.go:10:32: "nested recovered: " escapes to heap
panic_repanic_new_value.go:11:8: func literal does not escape
panic_repanic_new_value.go:13:19: fmt.Sprint(... argument...) escapes to heap
panic_repanic_new_value.go:13:19: ... argument does not escape
panic_repanic_new_value.go:13:20: "re-panic of " escapes to heap
panic_repanic_new_value.go:15:7: "inner value" escapes to heap
panic_repanic_new_value.go:19:13: ... argument does not escape
panic_repanic_new_value.go:19:20: nested() escapes to heap
panic_repanic_new_value.go:20:8: func literal does not escape
panic_repanic_new_value.go:22:14: ... argument does not escape
panic_repanic_new_value.go:22:15: "got:" escapes to heap
panic_repanic_new_value.go:23:31: "second: " + fmt.Sprint(... argument...) escapes to heap
panic_repanic_new_value.go:23:43: ... argument does not escape
