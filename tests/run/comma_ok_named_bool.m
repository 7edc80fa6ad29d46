comma_ok_named_bool.go:17:21: map[string]int{...} does not escape
comma_ok_named_bool.go:20:13: ... argument does not escape
comma_ok_named_bool.go:20:13: found escapes to heap
comma_ok_named_bool.go:21:6: "s" does not escape
comma_ok_named_bool.go:24:13: ... argument does not escape
comma_ok_named_bool.go:24:13: isInt escapes to heap
comma_ok_named_bool.go:27:12: ... argument does not escape
comma_ok_named_bool.go:29:13: ... argument does not escape
comma_ok_named_bool.go:29:13: n escapes to heap
comma_ok_named_bool.go:29:13: present escapes to heap
