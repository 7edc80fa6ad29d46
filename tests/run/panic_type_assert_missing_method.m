panic_type_assert_missing_method.go:15:7: f does not escape
panic_type_assert_missing_method.go:15:51: "data from " + f.name escapes to heap
panic_type_assert_missing_method.go:19:7: b does not escape
panic_type_assert_missing_method.go:19:21: s does not escape
panic_type_assert_missing_method.go:21:10: f does not escape
panic_type_assert_missing_method.go:22:8: func literal does not escape
panic_type_assert_missing_method.go:22:28: ... argument does not escape
panic_type_assert_missing_method.go:22:29: "recovered:" escapes to heap
panic_type_assert_missing_method.go:27:26: File{...} escapes to heap
panic_type_assert_missing_method.go:28:13: ... argument does not escape
panic_type_assert_missing_method.go:28:29: x.(Reader).Read() escapes to heap
panic_type_assert_missing_method.go:29:6: func literal does not escape
panic_type_assert_missing_method.go:30:6: func literal does not escape
panic_type_assert_missing_method.go:31:2: Buf{} escapes to heap
panic_type_assert_missing_method.go:32:6: func literal does not escape
panic_type_assert_missing_method.go:33:6: &Buf{} escapes to heap
panic_type_assert_missing_method.go:35:13: ... argument does not escape
panic_type_assert_missing_method.go:35:14: "*Buf is Writer:" escapes to heap
panic_type_assert_missing_method.go:35:14: ok escapes to heap
panic_type_assert_missing_method.go:36:2: 42 escapes to heap
