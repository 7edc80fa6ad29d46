panic_type_assert_nil.go:10:10: f does not escape
panic_type_assert_nil.go:11:8: func literal does not escape
panic_type_assert_nil.go:11:28: ... argument does not escape
panic_type_assert_nil.go:11:29: "recovered:" escapes to heap
panic_type_assert_nil.go:18:6: func literal does not escape
panic_type_assert_nil.go:19:6: func literal does not escape
panic_type_assert_nil.go:21:13: ... argument does not escape
panic_type_assert_nil.go:21:13: v escapes to heap
panic_type_assert_nil.go:21:13: ok escapes to heap
panic_type_assert_nil.go:23:13: ... argument does not escape
