closure_capture.go:8:10: func literal does not escape
closure_capture.go:10:13: ... argument does not escape
closure_capture.go:10:18: show() escapes to heap
closure_capture.go:11:9: func literal does not escape
closure_capture.go:14:13: ... argument does not escape
closure_capture.go:14:13: x escapes to heap
closure_capture.go:14:21: show() escapes to heap
closure_capture.go:15:12: []int{...} escapes to heap
closure_capture.go:16:14: func literal does not escape
closure_capture.go:19:13: ... argument does not escape
closure_capture.go:19:13: s escapes to heap
closure_capture.go:21:10: func literal does not escape
closure_capture.go:24:13: ... argument does not escape
closure_capture.go:24:13: a escapes to heap
closure_capture.go:24:13: b escapes to heap
closure_capture.go:27:9: func literal does not escape
closure_capture.go:29:13: ... argument does not escape
closure_capture.go:29:13: p escapes to heap
closure_capture.go:32:6: func literal does not escape
closure_capture.go:34:13: ... argument does not escape
closure_capture.go:34:15: f() escapes to heap
closure_capture.go:37:3: func literal does not escape
closure_capture.go:39:13: ... argument does not escape
closure_capture.go:39:13: counter escapes to heap
