struct_compare.go:17:47: 5 does not escape
struct_compare.go:19:13: ... argument does not escape
struct_compare.go:19:16: a == b escapes to heap
struct_compare.go:21:13: ... argument does not escape
struct_compare.go:21:16: a == b escapes to heap
struct_compare.go:21:24: a != b escapes to heap
struct_compare.go:23:2: "5" does not escape
struct_compare.go:24:13: ... argument does not escape
struct_compare.go:24:16: a == b escapes to heap
struct_compare.go:25:2: 5 does not escape
struct_compare.go:26:13: ... argument does not escape
struct_compare.go:26:16: a == b escapes to heap
struct_compare.go:28:13: ... argument does not escape
struct_compare.go:28:16: a == b escapes to heap
struct_compare.go:31:13: ... argument does not escape
struct_compare.go:31:16: c == d escapes to heap
struct_compare.go:32:12: &Point{...} does not escape
struct_compare.go:32:26: &Point{...} does not escape
struct_compare.go:33:13: ... argument does not escape
struct_compare.go:33:17: p1 == p2 escapes to heap
struct_compare.go:33:28: *p1 == *p2 escapes to heap
struct_compare.go:34:45: Point{...} does not escape
struct_compare.go:34:45: Point{...} does not escape
struct_compare.go:35:13: ... argument does not escape
struct_compare.go:35:17: i1 == i2 escapes to heap
struct_compare.go:36:13: ... argument does not escape
struct_compare.go:36:34: [2]string{...} == [2]string{...} escapes to heap
struct_compare.go:36:68: [2]bool{} == [2]bool{...} escapes to heap
