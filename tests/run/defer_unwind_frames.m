defer_unwind_frames.go:7:20: "defer level3" escapes to heap
defer_unwind_frames.go:7:19: ... argument does not escape
defer_unwind_frames.go:10:13: ... argument does not escape
defer_unwind_frames.go:10:14: "unreachable 3" escapes to heap
defer_unwind_frames.go:14:20: "defer level2 a" escapes to heap
defer_unwind_frames.go:14:19: ... argument does not escape
defer_unwind_frames.go:15:8: func literal does not escape
defer_unwind_frames.go:16:14: ... argument does not escape
defer_unwind_frames.go:16:15: "defer level2 b" escapes to heap
defer_unwind_frames.go:19:13: ... argument does not escape
defer_unwind_frames.go:19:14: "unreachable 2" escapes to heap
defer_unwind_frames.go:23:8: func literal does not escape
defer_unwind_frames.go:25:20: ... argument does not escape
defer_unwind_frames.go:33:13: ... argument does not escape
defer_unwind_frames.go:34:13: ... argument does not escape
defer_unwind_frames.go:34:14: "main continues" escapes to heap
defer_unwind_frames.go:36:3: func literal does not escape
defer_unwind_frames.go:37:10: func literal does not escape
defer_unwind_frames.go:37:30: ... argument does not escape
defer_unwind_frames.go:37:31: "iteration" escapes to heap
defer_unwind_frames.go:37:31: i escapes to heap
defer_unwind_frames.go:37:47: "recovered" escapes to heap
defer_unwind_frames.go:39:21: fmt.Sprint(... argument...) escapes to heap
defer_unwind_frames.go:39:21: ... argument does not escape
defer_unwind_frames.go:39:22: "at " escapes to heap
defer_unwind_frames.go:39:22: i escapes to heap
