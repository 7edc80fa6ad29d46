named_results.go:37:13: ... argument does not escape
named_results.go:37:13: .autotmp_0 escapes to heap
named_results.go:37:13: .autotmp_1 escapes to heap
named_results.go:39:12: ... argument does not escape
named_results.go:39:13: i escapes to heap
named_results.go:39:13: s escapes to heap
named_results.go:39:13: b escapes to heap
named_results.go:39:13: f escapes to heap
named_results.go:40:13: ... argument does not escape
named_results.go:40:13: .autotmp_6 escapes to heap
named_results.go:40:13: .autotmp_7 escapes to heap
named_results.go:41:13: ... argument does not escape
named_results.go:41:13: .autotmp_8 escapes to heap
named_results.go:41:13: .autotmp_9 escapes to heap
named_results.go:42:13: ... argument does not escape
named_results.go:42:22: shadowed() escapes to heap
