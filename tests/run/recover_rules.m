recover_rules.go:9:8: func literal does not escape
recover_rules.go:10:19: ... argument does not escape
recover_rules.go:10:20: "direct: " escapes to heap
recover_rules.go:12:7: "p1" escapes to heap
recover_rules.go:16:8: func literal does not escape
recover_rules.go:18:20: ... argument does not escape
recover_rules.go:18:21: "outer caught: " escapes to heap
recover_rules.go:21:8: func literal does not escape
recover_rules.go:23:14: ... argument does not escape
recover_rules.go:23:15: "helper returned" escapes to heap
recover_rules.go:25:7: "p2" escapes to heap
recover_rules.go:29:8: func literal does not escape
recover_rules.go:30:19: ... argument does not escape
recover_rules.go:30:20: "after: " escapes to heap
recover_rules.go:33:7: "p3" escapes to heap
recover_rules.go:37:13: ... argument does not escape
recover_rules.go:38:13: ... argument does not escape
recover_rules.go:38:20: direct() escapes to heap
recover_rules.go:39:13: ... argument does not escape
recover_rules.go:39:30: viaHelperInDefer() escapes to heap
recover_rules.go:40:13: ... argument does not escape
recover_rules.go:40:35: deferredRecoverItself() escapes to heap
recover_rules.go:41:2: func literal does not escape
recover_rules.go:42:9: func literal does not escape
recover_rules.go:42:29: ... argument does not escape
recover_rules.go:42:30: "no panic:" escapes to heap
recover_rules.go:44:2: func literal does not escape
recover_rules.go:45:9: func literal does not escape
recover_rules.go:45:29: ... argument does not escape
recover_rules.go:45:30: "nil panic value:" escapes to heap
