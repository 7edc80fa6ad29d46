escape_frame_buffers.go:7:11: a does not escape
escape_frame_buffers.go:7:14: b does not escape
escape_frame_buffers.go:8:9: a + b does not escape
escape_frame_buffers.go:13:13: ([]byte)("hi") does not escape
escape_frame_buffers.go:14:13: ... argument does not escape
escape_frame_buffers.go:14:17: len(b) escapes to heap
escape_frame_buffers.go:14:25: cap(b) escapes to heap
escape_frame_buffers.go:16:13: ([]byte)(s) does not escape
escape_frame_buffers.go:18:13: ... argument does not escape
escape_frame_buffers.go:18:20: string(c[:3]) escapes to heap
escape_frame_buffers.go:18:20: string(c[:3]) escapes to heap
escape_frame_buffers.go:18:32: len(c) escapes to heap
escape_frame_buffers.go:18:40: cap(c) escapes to heap
escape_frame_buffers.go:19:13: ... argument does not escape
escape_frame_buffers.go:19:18: join("ab", "cd") escapes to heap
escape_frame_buffers.go:19:36: join("a long string of more than", " thirty-two bytes") escapes to heap
escape_frame_buffers.go:20:11: make([]int, 4, 8) escapes to heap
escape_frame_buffers.go:22:13: ... argument does not escape
escape_frame_buffers.go:22:17: len(m) escapes to heap
escape_frame_buffers.go:22:25: cap(m) escapes to heap
escape_frame_buffers.go:22:25: m escapes to heap
escape_frame_buffers.go:23:13: make([]byte, 40) does not escape
escape_frame_buffers.go:25:13: string(big[:7]) does not escape
escape_frame_buffers.go:26:13: ... argument does not escape
escape_frame_buffers.go:26:16: t == s escapes to heap
escape_frame_buffers.go:26:25: len(t) escapes to heap
escape_frame_buffers.go:29:34: fmt.Sprint(... argument...) + "!" escapes to heap
escape_frame_buffers.go:29:31: ... argument does not escape
escape_frame_buffers.go:29:31: i escapes to heap
escape_frame_buffers.go:31:13: ... argument does not escape
escape_frame_buffers.go:31:13: acc escapes to heap
