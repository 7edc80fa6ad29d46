panic_nil_deref_star.go:6:10: name does not escape
panic_nil_deref_star.go:6:23: f does not escape
panic_nil_deref_star.go:7:8: func literal does not escape
panic_nil_deref_star.go:8:14: ... argument does not escape
panic_nil_deref_star.go:8:19: name + ":" escapes to heap
panic_nil_deref_star.go:8:19: name + ":" escapes to heap
panic_nil_deref_star.go:17:18: func literal does not escape
panic_nil_deref_star.go:17:38: ... argument does not escape
panic_nil_deref_star.go:17:39: *pi escapes to heap
panic_nil_deref_star.go:18:22: func literal does not escape
panic_nil_deref_star.go:19:21: func literal does not escape
panic_nil_deref_star.go:19:41: ... argument does not escape
panic_nil_deref_star.go:19:44: pa[1] escapes to heap
panic_nil_deref_star.go:20:34: func literal does not escape
panic_nil_deref_star.go:20:54: ... argument does not escape
panic_nil_deref_star.go:20:58: len(pa) escapes to heap
panic_nil_deref_star.go:24:13: ... argument does not escape
panic_nil_deref_star.go:24:13: x escapes to heap
panic_nil_deref_star.go:26:16: func literal does not escape
panic_nil_deref_star.go:26:36: ... argument does not escape
panic_nil_deref_star.go:26:37: *(*pp) escapes to heap
panic_nil_deref_star.go:29:13: ... argument does not escape
panic_nil_deref_star.go:29:13: x escapes to heap
