lib_bufio_unread.go:17:7: leaking param: o
lib_bufio_unread.go:17:26: leaking param: p
lib_bufio_unread.go:30:6: (*slowReader).Read ignoring self-assignment in r.s = r.s[n:]
lib_bufio_unread.go:22:7: r does not escape
lib_bufio_unread.go:22:27: p does not escape
lib_bufio_unread.go:36:13: ... argument does not escape
lib_bufio_unread.go:38:13: ... argument does not escape
lib_bufio_unread.go:38:20: string(r) escapes to heap
lib_bufio_unread.go:38:20: string(r) escapes to heap
lib_bufio_unread.go:38:20: size escapes to heap
lib_bufio_unread.go:39:13: ... argument does not escape
lib_bufio_unread.go:40:13: ... argument does not escape
lib_bufio_unread.go:40:29: (*bufio.Reader).UnreadRune(b) == bufio.ErrInvalidUnreadRune escapes to heap
lib_bufio_unread.go:42:13: ... argument does not escape
lib_bufio_unread.go:42:20: string(r) escapes to heap
lib_bufio_unread.go:42:20: string(r) escapes to heap
lib_bufio_unread.go:42:20: size escapes to heap
lib_bufio_unread.go:44:13: ... argument does not escape
lib_bufio_unread.go:44:20: string(r) escapes to heap
lib_bufio_unread.go:44:20: string(r) escapes to heap
lib_bufio_unread.go:44:20: size escapes to heap
lib_bufio_unread.go:45:13: ... argument does not escape
lib_bufio_unread.go:47:12: ... argument does not escape
lib_bufio_unread.go:47:13: c escapes to heap
lib_bufio_unread.go:48:13: ... argument does not escape
lib_bufio_unread.go:50:12: ... argument does not escape
lib_bufio_unread.go:50:13: c escapes to heap
lib_bufio_unread.go:50:46: (*bufio.Reader).Buffered(b) escapes to heap
lib_bufio_unread.go:54:15: ... argument does not escape
lib_bufio_unread.go:54:16: "end:" escapes to heap
lib_bufio_unread.go:57:13: ... argument does not escape
lib_bufio_unread.go:57:14: r escapes to heap
lib_bufio_unread.go:57:14: size escapes to heap
lib_bufio_unread.go:62:11: make([]byte, 20) escapes to heap
lib_bufio_unread.go:64:13: ... argument does not escape
lib_bufio_unread.go:64:13: n escapes to heap
lib_bufio_unread.go:64:28: string(p[:n]) escapes to heap
lib_bufio_unread.go:64:28: string(p[:n]) escapes to heap
lib_bufio_unread.go:64:47: (*bufio.Reader).Buffered(b) escapes to heap
lib_bufio_unread.go:65:13: ... argument does not escape
lib_bufio_unread.go:65:40: (*bufio.Reader).Buffered(b) escapes to heap
lib_bufio_unread.go:67:13: ... argument does not escape
lib_bufio_unread.go:67:20: string(c) escapes to heap
lib_bufio_unread.go:67:20: string(c) escapes to heap
lib_bufio_unread.go:69:12: ... argument does not escape
lib_bufio_unread.go:69:13: s escapes to heap
lib_bufio_unread.go:71:13: ... argument does not escape
lib_bufio_unread.go:71:20: string(c) escapes to heap
lib_bufio_unread.go:71:20: string(c) escapes to heap
lib_bufio_unread.go:75:27: &slowReader{...} escapes to heap
lib_bufio_unread.go:76:13: ... argument does not escape
lib_bufio_unread.go:76:20: (*bufio.Reader).Size(b) escapes to heap
lib_bufio_unread.go:78:12: ... argument does not escape
lib_bufio_unread.go:78:13: p escapes to heap
lib_bufio_unread.go:78:45: (*bufio.Reader).Buffered(b) escapes to heap
lib_bufio_unread.go:79:13: ... argument does not escape
lib_bufio_unread.go:81:12: ... argument does not escape
lib_bufio_unread.go:81:13: p escapes to heap
lib_bufio_unread.go:83:13: ... argument does not escape
lib_bufio_unread.go:85:13: ... argument does not escape
lib_bufio_unread.go:85:13: n escapes to heap
lib_bufio_unread.go:87:13: ... argument does not escape
lib_bufio_unread.go:87:13: n escapes to heap
lib_bufio_unread.go:89:13: ... argument does not escape
lib_bufio_unread.go:91:13: ... argument does not escape
lib_bufio_unread.go:91:20: string(c) escapes to heap
lib_bufio_unread.go:91:20: string(c) escapes to heap
lib_bufio_unread.go:93:13: ... argument does not escape
lib_bufio_unread.go:93:13: n escapes to heap
lib_bufio_unread.go:95:12: ... argument does not escape
lib_bufio_unread.go:95:13: p escapes to heap
lib_bufio_unread.go:98:12: ... argument does not escape
lib_bufio_unread.go:98:13: p escapes to heap
lib_bufio_unread.go:100:12: ... argument does not escape
lib_bufio_unread.go:100:13: p escapes to heap
lib_bufio_unread.go:108:13: ... argument does not escape
lib_bufio_unread.go:108:14: line escapes to heap
lib_bufio_unread.go:108:14: isPrefix escapes to heap
lib_bufio_unread.go:116:13: ... argument does not escape
lib_bufio_unread.go:116:14: s escapes to heap
lib_bufio_unread.go:123:12: ... argument does not escape
lib_bufio_unread.go:123:13: s escapes to heap
lib_bufio_unread.go:123:41: (*bufio.Reader).Size(b) escapes to heap
lib_bufio_unread.go:124:13: ... argument does not escape
lib_bufio_unread.go:124:40: bufio.NewReaderSize(b, 8) == b escapes to heap
lib_bufio_unread.go:124:73: bufio.NewReaderSize(b, 64) == b escapes to heap
lib_bufio_unread.go:125:13: ... argument does not escape
lib_bufio_unread.go:125:33: bufio.NewReader(b) == b escapes to heap
lib_bufio_unread.go:130:6: moved to heap: i
lib_bufio_unread.go:131:6: moved to heap: s
lib_bufio_unread.go:132:6: moved to heap: f
lib_bufio_unread.go:150:6: moved to heap: x
lib_bufio_unread.go:150:9: moved to heap: y
lib_bufio_unread.go:157:6: moved to heap: w1
lib_bufio_unread.go:157:10: moved to heap: w2
lib_bufio_unread.go:134:21: ... argument does not escape
lib_bufio_unread.go:135:13: ... argument does not escape
lib_bufio_unread.go:135:13: n escapes to heap
lib_bufio_unread.go:135:13: i escapes to heap
lib_bufio_unread.go:135:13: s escapes to heap
lib_bufio_unread.go:137:12: ... argument does not escape
lib_bufio_unread.go:137:13: r escapes to heap
lib_bufio_unread.go:138:20: ... argument does not escape
lib_bufio_unread.go:139:13: ... argument does not escape
lib_bufio_unread.go:139:13: n escapes to heap
lib_bufio_unread.go:139:13: f escapes to heap
lib_bufio_unread.go:141:12: ... argument does not escape
lib_bufio_unread.go:141:13: rest escapes to heap
lib_bufio_unread.go:144:20: o escapes to heap
lib_bufio_unread.go:144:20: ... argument does not escape
lib_bufio_unread.go:145:13: ... argument does not escape
lib_bufio_unread.go:145:13: n escapes to heap
lib_bufio_unread.go:145:13: i escapes to heap
lib_bufio_unread.go:145:13: s escapes to heap
lib_bufio_unread.go:146:20: o escapes to heap
lib_bufio_unread.go:146:20: ... argument does not escape
lib_bufio_unread.go:147:13: ... argument does not escape
lib_bufio_unread.go:147:13: n escapes to heap
lib_bufio_unread.go:147:13: f escapes to heap
lib_bufio_unread.go:151:22: ... argument does not escape
lib_bufio_unread.go:152:13: ... argument does not escape
lib_bufio_unread.go:152:13: n escapes to heap
lib_bufio_unread.go:152:13: x escapes to heap
lib_bufio_unread.go:153:22: ... argument does not escape
lib_bufio_unread.go:154:13: ... argument does not escape
lib_bufio_unread.go:154:13: n escapes to heap
lib_bufio_unread.go:154:13: x escapes to heap
lib_bufio_unread.go:154:13: y escapes to heap
lib_bufio_unread.go:155:22: ... argument does not escape
lib_bufio_unread.go:156:13: ... argument does not escape
lib_bufio_unread.go:156:13: n escapes to heap
lib_bufio_unread.go:159:21: ... argument does not escape
lib_bufio_unread.go:160:13: ... argument does not escape
lib_bufio_unread.go:160:13: n escapes to heap
lib_bufio_unread.go:160:13: w1 escapes to heap
lib_bufio_unread.go:160:13: w2 escapes to heap
