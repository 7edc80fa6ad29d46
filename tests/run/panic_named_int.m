panic_named_int.go:11:11: leaking param: v
panic_named_int.go:12:8: func literal does not escape
panic_named_int.go:14:13: ... argument does not escape
panic_named_int.go:20:8: E(3) escapes to heap
panic_named_int.go:21:11: Name("bob") escapes to heap
panic_named_int.go:22:12: Ratio(0.5) escapes to heap
panic_named_int.go:23:11: Flag(true) escapes to heap
panic_named_int.go:24:12: uint8(200) escapes to heap
panic_named_int.go:25:7: E(3) escapes to heap
