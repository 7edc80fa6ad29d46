scope_rules.go:12:13: ... argument does not escape
scope_rules.go:12:13: x escapes to heap
scope_rules.go:16:14: ... argument does not escape
scope_rules.go:16:14: x escapes to heap
scope_rules.go:18:13: ... argument does not escape
scope_rules.go:18:13: x escapes to heap
scope_rules.go:20:14: ... argument does not escape
scope_rules.go:20:15: "error" escapes to heap
scope_rules.go:23:14: ... argument does not escape
scope_rules.go:23:15: "big" escapes to heap
scope_rules.go:23:15: x escapes to heap
scope_rules.go:25:14: ... argument does not escape
scope_rules.go:25:15: "small" escapes to heap
scope_rules.go:25:15: n escapes to heap
scope_rules.go:29:13: ... argument does not escape
scope_rules.go:29:13: a escapes to heap
scope_rules.go:29:13: b escapes to heap
scope_rules.go:29:24: err != nil escapes to heap
scope_rules.go:31:12: ... argument does not escape
scope_rules.go:31:12: x escapes to heap
scope_rules.go:31:16: " " escapes to heap
scope_rules.go:33:13: ... argument does not escape
scope_rules.go:33:13: x escapes to heap
scope_rules.go:37:14: ... argument does not escape
scope_rules.go:37:14: x escapes to heap
scope_rules.go:37:14: y escapes to heap
scope_rules.go:39:7: func literal does not escape
scope_rules.go:40:13: ... argument does not escape
scope_rules.go:40:15: f() escapes to heap
scope_rules.go:40:15: x escapes to heap
scope_rules.go:45:13: ... argument does not escape
