panic_type_assert_iface.go:20:10: f does not escape
panic_type_assert_iface.go:21:8: func literal does not escape
panic_type_assert_iface.go:21:28: ... argument does not escape
panic_type_assert_iface.go:21:29: "recovered:" escapes to heap
panic_type_assert_iface.go:26:20: Dog{} escapes to heap
panic_type_assert_iface.go:27:6: func literal does not escape
panic_type_assert_iface.go:28:6: &Cat{} escapes to heap
panic_type_assert_iface.go:29:6: func literal does not escape
panic_type_assert_iface.go:30:13: ... argument does not escape
panic_type_assert_iface.go:30:28: (*Cat).Sound(a.(*Cat)) escapes to heap
panic_type_assert_iface.go:32:6: func literal does not escape
panic_type_assert_iface.go:33:2: MyErr{} does not escape
panic_type_assert_iface.go:34:13: ... argument does not escape
panic_type_assert_iface.go:34:31: MyErr.Error(err.(MyErr)) escapes to heap
panic_type_assert_iface.go:35:2: Dog{} escapes to heap
panic_type_assert_iface.go:37:13: ... argument does not escape
