struct_anonymous.go:15:13: ... argument does not escape
struct_anonymous.go:15:13: p escapes to heap
struct_anonymous.go:15:20: p.X * p.Y escapes to heap
struct_anonymous.go:19:3: []struct { Name string; Price float64 }{...} escapes to heap
struct_anonymous.go:24:13: ... argument does not escape
struct_anonymous.go:24:13: items escapes to heap
struct_anonymous.go:24:13: total escapes to heap
struct_anonymous.go:27:13: ... argument does not escape
struct_anonymous.go:27:16: q == p escapes to heap
struct_anonymous.go:33:13: ... argument does not escape
struct_anonymous.go:33:13: n escapes to heap
struct_anonymous.go:33:29: Named(anon) == n escapes to heap
struct_anonymous.go:34:37: map[string]struct { On bool }{...} does not escape
struct_anonymous.go:35:13: ... argument does not escape
struct_anonymous.go:35:22: cfg["x"].On escapes to heap
struct_anonymous.go:35:35: cfg["y"].On escapes to heap
struct_anonymous.go:37:13: ... argument does not escape
struct_anonymous.go:37:13: empty escapes to heap
struct_anonymous.go:37:32: struct {}{} == empty escapes to heap
struct_anonymous.go:38:8: &struct { V []int }{...} does not escape
struct_anonymous.go:38:32: []int{...} escapes to heap
struct_anonymous.go:40:13: ... argument does not escape
struct_anonymous.go:40:16: pp.V escapes to heap
