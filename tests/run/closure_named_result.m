closure_named_result.go:7:11: moved to heap: x
closure_named_result.go:8:8: func literal does not escape
closure_named_result.go:9:10: func literal escapes to heap
closure_named_result.go:9:30: ... argument does not escape
closure_named_result.go:9:31: "deferred sees" escapes to heap
closure_named_result.go:9:31: x escapes to heap
closure_named_result.go:15:8: func literal does not escape
closure_named_result.go:17:22: "recovered: " + s escapes to heap
closure_named_result.go:24:13: ... argument does not escape
closure_named_result.go:24:15: f() escapes to heap
closure_named_result.go:25:13: ... argument does not escape
closure_named_result.go:25:13: .autotmp_0 escapes to heap
