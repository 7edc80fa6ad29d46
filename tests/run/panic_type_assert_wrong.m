panic_type_assert_wrong.go:8:10: f does not escape
panic_type_assert_wrong.go:9:8: func literal does not escape
panic_type_assert_wrong.go:9:28: ... argument does not escape
panic_type_assert_wrong.go:9:29: "recovered:" escapes to heap
panic_type_assert_wrong.go:14:6: "hello" does not escape
panic_type_assert_wrong.go:15:6: func literal does not escape
panic_type_assert_wrong.go:16:2: 3 does not escape
panic_type_assert_wrong.go:17:6: func literal does not escape
panic_type_assert_wrong.go:18:2: Celsius(2.5) does not escape
panic_type_assert_wrong.go:19:6: func literal does not escape
panic_type_assert_wrong.go:20:2: []int{...} does not escape
panic_type_assert_wrong.go:20:11: []int{...} does not escape
panic_type_assert_wrong.go:21:6: func literal does not escape
panic_type_assert_wrong.go:22:6: &struct { A int }{...} does not escape
panic_type_assert_wrong.go:23:6: func literal does not escape
panic_type_assert_wrong.go:24:2: 1.5 does not escape
panic_type_assert_wrong.go:25:13: ... argument does not escape
panic_type_assert_wrong.go:25:15: x.(float64) escapes to heap
panic_type_assert_wrong.go:26:2: "str" does not escape
panic_type_assert_wrong.go:28:13: ... argument does not escape
panic_type_assert_wrong.go:28:13: n escapes to heap
