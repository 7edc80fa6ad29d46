leak_param.go:13:11: leaking param: p
leak_param.go:17:12: leaking param: p to result ~r0 level=0
leak_param.go:22:2: moved to heap: a
leak_param.go:26:13: ... argument does not escape
leak_param.go:26:14: *saved escapes to heap
leak_param.go:26:22: *q escapes to heap
