panic_negative_shift.go:7:8: func literal does not escape
panic_negative_shift.go:12:25: []int{...} does not escape
panic_negative_shift.go:14:14: ... argument does not escape
panic_negative_shift.go:14:14: n escapes to heap
panic_negative_shift.go:14:14: r escapes to heap
panic_negative_shift.go:18:20: "deferred print runs" escapes to heap
panic_negative_shift.go:18:19: ... argument does not escape
panic_negative_shift.go:19:13: ... argument does not escape
panic_negative_shift.go:19:16: x >> s escapes to heap
