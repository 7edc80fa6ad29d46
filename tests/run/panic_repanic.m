panic_repanic.go:7:8: func literal does not escape
panic_repanic.go:9:14: ... argument does not escape
panic_repanic.go:9:15: "inner recovered:" escapes to heap
panic_repanic.go:12:7: "first failure" escapes to heap
panic_repanic.go:16:20: "middle's defer runs while unwinding" escapes to heap
panic_repanic.go:16:19: ... argument does not escape
panic_repanic.go:21:20: "main's defer runs" escapes to heap
panic_repanic.go:21:19: ... argument does not escape
