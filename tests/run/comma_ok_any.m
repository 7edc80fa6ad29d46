comma_ok_any.go:7:18: map[int]int{...} does not escape
comma_ok_any.go:10:13: ... argument does not escape
comma_ok_any.go:12:13: ... argument does not escape
comma_ok_any.go:13:6: "s" does not escape
comma_ok_any.go:15:13: ... argument does not escape
