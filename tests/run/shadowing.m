shadowing.go:9:13: ... argument does not escape
shadowing.go:9:14: "show sees" escapes to heap
shadowing.go:9:14: x escapes to heap
shadowing.go:13:13: ... argument does not escape
shadowing.go:13:13: x escapes to heap
shadowing.go:15:13: ... argument does not escape
shadowing.go:15:13: x escapes to heap
shadowing.go:18:14: ... argument does not escape
shadowing.go:18:14: x escapes to heap
shadowing.go:21:15: ... argument does not escape
shadowing.go:21:15: x escapes to heap
shadowing.go:24:14: ... argument does not escape
shadowing.go:24:14: x escapes to heap
shadowing.go:26:13: ... argument does not escape
shadowing.go:26:13: x escapes to heap
shadowing.go:28:14: ... argument does not escape
shadowing.go:28:15: "if" escapes to heap
shadowing.go:28:15: x escapes to heap
shadowing.go:30:14: ... argument does not escape
shadowing.go:30:15: "else" escapes to heap
shadowing.go:30:15: x escapes to heap
shadowing.go:34:14: ... argument does not escape
shadowing.go:34:15: "for" escapes to heap
shadowing.go:34:15: x escapes to heap
shadowing.go:38:10: x + "!" escapes to heap
shadowing.go:39:14: ... argument does not escape
shadowing.go:39:14: x escapes to heap
shadowing.go:41:13: ... argument does not escape
shadowing.go:41:13: x escapes to heap
shadowing.go:44:13: ... argument does not escape
shadowing.go:44:13: a escapes to heap
shadowing.go:44:13: x escapes to heap
shadowing.go:46:13: ... argument does not escape
shadowing.go:46:13: len escapes to heap
shadowing.go:48:13: ... argument does not escape
shadowing.go:48:13: true escapes to heap
