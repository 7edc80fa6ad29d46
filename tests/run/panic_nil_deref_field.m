panic_nil_deref_field.go:16:15: &Point{...} does not escape
panic_nil_deref_field.go:17:13: ... argument does not escape
panic_nil_deref_field.go:17:17: l.A.X escapes to heap
panic_nil_deref_field.go:17:25: l.B == nil escapes to heap
panic_nil_deref_field.go:18:2: func literal does not escape
panic_nil_deref_field.go:19:9: func literal does not escape
panic_nil_deref_field.go:19:29: ... argument does not escape
panic_nil_deref_field.go:19:30: "recovered:" escapes to heap
panic_nil_deref_field.go:20:14: ... argument does not escape
panic_nil_deref_field.go:20:18: l.B.Y escapes to heap
panic_nil_deref_field.go:22:2: func literal does not escape
panic_nil_deref_field.go:23:9: func literal does not escape
panic_nil_deref_field.go:23:29: ... argument does not escape
panic_nil_deref_field.go:23:30: "recovered:" escapes to heap
panic_nil_deref_field.go:27:13: ... argument does not escape
panic_nil_deref_field.go:27:14: "about to read" escapes to heap
panic_nil_deref_field.go:28:8: func literal does not escape
panic_nil_deref_field.go:28:28: ... argument does not escape
panic_nil_deref_field.go:28:29: "main recovered:" escapes to heap
panic_nil_deref_field.go:29:13: ... argument does not escape
panic_nil_deref_field.go:29:15: p.X escapes to heap
panic_nil_deref_field.go:30:13: ... argument does not escape
panic_nil_deref_field.go:30:14: "unreachable" escapes to heap
