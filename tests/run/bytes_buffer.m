bytes_buffer.go:11:6: moved to heap: b
bytes_buffer.go:15:16: ([]byte)("rld") does not escape
bytes_buffer.go:16:13: ... argument does not escape
bytes_buffer.go:16:27: 100 escapes to heap
bytes_buffer.go:17:13: ... argument does not escape
bytes_buffer.go:17:22: (*bytes.Buffer).String(b) escapes to heap
bytes_buffer.go:17:31: (*bytes.Buffer).Len(b) escapes to heap
bytes_buffer.go:18:15: make([]byte, 5) does not escape
bytes_buffer.go:20:13: ... argument does not escape
bytes_buffer.go:20:13: n escapes to heap
bytes_buffer.go:20:28: string(first) escapes to heap
bytes_buffer.go:20:28: string(first) escapes to heap
bytes_buffer.go:20:45: (*bytes.Buffer).String(b) escapes to heap
bytes_buffer.go:22:12: ... argument does not escape
bytes_buffer.go:22:13: c escapes to heap
bytes_buffer.go:22:35: (*bytes.Buffer).String(b) escapes to heap
bytes_buffer.go:24:12: ... argument does not escape
bytes_buffer.go:24:13: line escapes to heap
bytes_buffer.go:24:43: (*bytes.Buffer).Len(b) escapes to heap
bytes_buffer.go:26:13: ... argument does not escape
bytes_buffer.go:29:13: ... argument does not escape
bytes_buffer.go:29:22: (*bytes.Buffer).String(b) escapes to heap
bytes_buffer.go:31:13: ... argument does not escape
bytes_buffer.go:31:19: (*bytes.Buffer).Len(b) escapes to heap
bytes_buffer.go:31:34: (*bytes.Buffer).String(b) == "" escapes to heap
bytes_buffer.go:38:13: ... argument does not escape
bytes_buffer.go:38:14: l escapes to heap
bytes_buffer.go:43:13: ... argument does not escape
bytes_buffer.go:43:21: (*bytes.Buffer).Len(out) escapes to heap
bytes_buffer.go:43:36: bytes.Equal((*bytes.Buffer).Bytes(out), []byte{}) escapes to heap
bytes_buffer.go:43:56: []byte{} does not escape
