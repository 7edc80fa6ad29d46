struct_embedding.go:11:7: leaking param: b
struct_embedding.go:11:53: ... argument does not escape
struct_embedding.go:11:71: b.ID escapes to heap
struct_embedding.go:11:77: b.Name escapes to heap
struct_embedding.go:12:7: b does not escape
struct_embedding.go:12:23: leaking param: n
struct_embedding.go:16:7: l does not escape
struct_embedding.go:16:22: msg does not escape
struct_embedding.go:16:47: ... argument does not escape
struct_embedding.go:16:57: l.Prefix + msg escapes to heap
struct_embedding.go:16:57: l.Prefix + msg escapes to heap
struct_embedding.go:25:31: &Logger{...} escapes to heap
struct_embedding.go:26:13: ... argument does not escape
struct_embedding.go:26:15: s.Base.ID escapes to heap
struct_embedding.go:26:21: s.Base.Name escapes to heap
struct_embedding.go:26:34: s.Base.ID escapes to heap
struct_embedding.go:26:40: s.Port escapes to heap
struct_embedding.go:26:48: s.Logger.Prefix escapes to heap
struct_embedding.go:27:13: ... argument does not escape
struct_embedding.go:27:24: Base.Describe(s.Base) escapes to heap
struct_embedding.go:29:13: ... argument does not escape
struct_embedding.go:29:15: s.Base.Name escapes to heap
struct_embedding.go:29:37: Base.Describe(s.Base) escapes to heap
struct_embedding.go:34:13: ... argument does not escape
struct_embedding.go:34:24: Base.Describe(s.Base) escapes to heap
struct_embedding.go:35:12: ... argument does not escape
struct_embedding.go:35:23: s.Base escapes to heap
struct_embedding.go:40:13: ... argument does not escape
struct_embedding.go:40:15: s.Base.Name escapes to heap
struct_embedding.go:40:23: t.Base.Name escapes to heap
