panic_struct_value.go:14:7: leaking param: f
panic_struct_value.go:14:53: ... argument does not escape
panic_struct_value.go:14:76: f.Op escapes to heap
panic_struct_value.go:14:82: f.Code escapes to heap
panic_struct_value.go:17:2: func literal does not escape
panic_struct_value.go:18:9: func literal does not escape
panic_struct_value.go:21:15: ... argument does not escape
panic_struct_value.go:21:22: p.X + p.Y escapes to heap
panic_struct_value.go:21:22: ok escapes to heap
panic_struct_value.go:23:14: Point{...} escapes to heap
panic_struct_value.go:25:2: func literal does not escape
panic_struct_value.go:26:9: func literal does not escape
panic_struct_value.go:28:14: ... argument does not escape
panic_struct_value.go:30:9: &Point{...} escapes to heap
panic_struct_value.go:32:15: Failure{...} escapes to heap
