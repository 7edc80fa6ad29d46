iface_embedded.go:45:21: devirtualizing rc.Read to *file
iface_embedded.go:54:21: devirtualizing rr.Read to upper
iface_embedded.go:21:7: leaking param: f to result ~r0 level=1
iface_embedded.go:27:7: f does not escape
iface_embedded.go:33:7: leaking param: u
iface_embedded.go:40:7: leaking param content: c
iface_embedded.go:43:7: &file{...} escapes to heap
iface_embedded.go:45:13: ... argument does not escape
iface_embedded.go:45:21: (*file).Read(rc.(*file)) escapes to heap
iface_embedded.go:48:13: ... argument does not escape
iface_embedded.go:48:20: upper.Read(u) escapes to heap
iface_embedded.go:49:7: &counting{...} escapes to heap
iface_embedded.go:52:13: ... argument does not escape
iface_embedded.go:52:31: (*counting).Read(c) escapes to heap
iface_embedded.go:52:36: c.reads escapes to heap
iface_embedded.go:53:24: upper{...} does not escape
iface_embedded.go:54:13: ... argument does not escape
iface_embedded.go:54:21: upper.Read(rr.(upper)) escapes to heap
iface_embedded.go:54:26: c.reads escapes to heap
iface_embedded.go:56:2: func literal does not escape
iface_embedded.go:57:9: func literal does not escape
iface_embedded.go:57:29: ... argument does not escape
iface_embedded.go:57:30: "recovered:" escapes to heap
