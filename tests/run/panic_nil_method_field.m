panic_nil_method_field.go:11:7: n does not escape
panic_nil_method_field.go:13:7: n does not escape
panic_nil_method_field.go:20:7: n does not escape
panic_nil_method_field.go:24:13: ... argument does not escape
panic_nil_method_field.go:24:21: (*Node).IsNil(n) escapes to heap
panic_nil_method_field.go:24:30: (*Node).Len(n) escapes to heap
panic_nil_method_field.go:25:10: &Node{...} does not escape
panic_nil_method_field.go:25:19: &Node{...} does not escape
panic_nil_method_field.go:26:13: ... argument does not escape
panic_nil_method_field.go:26:22: (*Node).Len(list) escapes to heap
panic_nil_method_field.go:26:36: (*Node).Value(list) escapes to heap
panic_nil_method_field.go:27:8: func literal does not escape
panic_nil_method_field.go:27:28: ... argument does not escape
panic_nil_method_field.go:27:29: "recovered:" escapes to heap
panic_nil_method_field.go:28:13: ... argument does not escape
panic_nil_method_field.go:28:21: (*Node).Value(n) escapes to heap
