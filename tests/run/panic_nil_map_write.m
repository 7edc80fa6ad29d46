panic_nil_map_write.go:8:13: ... argument does not escape
panic_nil_map_write.go:8:16: m == nil escapes to heap
panic_nil_map_write.go:8:27: len(m) escapes to heap
panic_nil_map_write.go:8:33: m["x"] escapes to heap
panic_nil_map_write.go:10:13: ... argument does not escape
panic_nil_map_write.go:10:13: v escapes to heap
panic_nil_map_write.go:10:13: ok escapes to heap
panic_nil_map_write.go:13:14: ... argument does not escape
panic_nil_map_write.go:13:15: "never" escapes to heap
panic_nil_map_write.go:13:15: k escapes to heap
panic_nil_map_write.go:15:2: func literal does not escape
panic_nil_map_write.go:16:9: func literal does not escape
panic_nil_map_write.go:16:29: ... argument does not escape
panic_nil_map_write.go:16:30: "recovered:" escapes to heap
panic_nil_map_write.go:20:13: ... argument does not escape
panic_nil_map_write.go:20:20: mm[3] == nil escapes to heap
panic_nil_map_write.go:22:13: ... argument does not escape
panic_nil_map_write.go:22:14: "unreachable" escapes to heap
