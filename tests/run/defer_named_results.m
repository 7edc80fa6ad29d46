defer_named_results.go:10:8: func literal does not escape
defer_named_results.go:15:8: func literal does not escape
defer_named_results.go:17:20: ... argument does not escape
defer_named_results.go:25:8: func literal does not escape
defer_named_results.go:27:20: ... argument does not escape
defer_named_results.go:35:8: func literal does not escape
defer_named_results.go:39:17: moved to heap: c
defer_named_results.go:41:9: func literal escapes to heap
defer_named_results.go:47:13: ... argument does not escape
defer_named_results.go:47:20: double() escapes to heap
defer_named_results.go:48:13: ... argument does not escape
defer_named_results.go:48:13: .autotmp_0 escapes to heap
defer_named_results.go:49:13: ... argument does not escape
defer_named_results.go:49:13: .autotmp_2 escapes to heap
defer_named_results.go:50:13: ... argument does not escape
defer_named_results.go:51:13: ... argument does not escape
defer_named_results.go:51:21: unnamed() escapes to heap
defer_named_results.go:52:13: ... argument does not escape
defer_named_results.go:52:21: counter() escapes to heap
