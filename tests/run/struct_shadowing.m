struct_shadowing.go:27:13: ... argument does not escape
struct_shadowing.go:27:15: o.Middle.X escapes to heap
struct_shadowing.go:27:20: o.Y escapes to heap
struct_shadowing.go:28:13: ... argument does not escape
struct_shadowing.go:28:22: o.Middle.X escapes to heap
struct_shadowing.go:28:33: o.Middle.Inner.X escapes to heap
struct_shadowing.go:28:51: o.Middle.Inner.Y escapes to heap
struct_shadowing.go:28:62: o.Middle.Inner.Y escapes to heap
struct_shadowing.go:29:13: ... argument does not escape
struct_shadowing.go:29:21: Middle.Hello(o.Middle) escapes to heap
struct_shadowing.go:29:38: Inner.Hello(o.Middle.Inner) escapes to heap
struct_shadowing.go:29:48: Inner.Only(o.Middle.Inner) escapes to heap
struct_shadowing.go:32:12: ... argument does not escape
struct_shadowing.go:32:13: o escapes to heap
