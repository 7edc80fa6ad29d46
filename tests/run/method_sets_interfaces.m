method_sets_interfaces.go:25:10: devirtualizing r.Resize to *Box
method_sets_interfaces.go:16:7: b does not escape
method_sets_interfaces.go:18:13: leaking param: s
method_sets_interfaces.go:18:35: ... argument does not escape
method_sets_interfaces.go:18:36: "size" escapes to heap
method_sets_interfaces.go:18:50: s.Size() escapes to heap
method_sets_interfaces.go:21:2: moved to heap: b
method_sets_interfaces.go:22:8: b escapes to heap
method_sets_interfaces.go:27:13: ... argument does not escape
method_sets_interfaces.go:27:15: b.n escapes to heap
method_sets_interfaces.go:28:16: b escapes to heap
method_sets_interfaces.go:30:13: ... argument does not escape
method_sets_interfaces.go:30:20: s.Size() escapes to heap
method_sets_interfaces.go:30:30: Box.Size(b) escapes to heap
method_sets_interfaces.go:31:22: b does not escape
method_sets_interfaces.go:34:13: ... argument does not escape
method_sets_interfaces.go:34:13: isSizer escapes to heap
method_sets_interfaces.go:34:13: isResizer escapes to heap
method_sets_interfaces.go:37:13: ... argument does not escape
method_sets_interfaces.go:37:13: isResizer escapes to heap
method_sets_interfaces.go:39:13: ... argument does not escape
method_sets_interfaces.go:39:20: s.Size() escapes to heap
method_sets_interfaces.go:41:13: ... argument does not escape
method_sets_interfaces.go:41:13: ok escapes to heap
method_sets_interfaces.go:41:25: r2.Size() escapes to heap
