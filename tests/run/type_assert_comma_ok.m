type_assert_comma_ok.go:14:12: leaking param content: v
type_assert_comma_ok.go:26:33: []interface {}{...} does not escape
type_assert_comma_ok.go:26:34: 5 does not escape
type_assert_comma_ok.go:26:37: "12" does not escape
type_assert_comma_ok.go:26:43: "x" does not escape
type_assert_comma_ok.go:26:48: 1.5 does not escape
type_assert_comma_ok.go:28:14: ... argument does not escape
type_assert_comma_ok.go:28:14: n escapes to heap
type_assert_comma_ok.go:28:14: ok escapes to heap
type_assert_comma_ok.go:30:19: Sq{...} escapes to heap
type_assert_comma_ok.go:32:13: ... argument does not escape
type_assert_comma_ok.go:32:13: sq escapes to heap
type_assert_comma_ok.go:32:13: ok escapes to heap
type_assert_comma_ok.go:34:13: ... argument does not escape
type_assert_comma_ok.go:34:13: ok escapes to heap
type_assert_comma_ok.go:36:13: ... argument does not escape
type_assert_comma_ok.go:36:13: ok escapes to heap
type_assert_comma_ok.go:39:13: ... argument does not escape
type_assert_comma_ok.go:39:13: ok escapes to heap
type_assert_comma_ok.go:42:13: ... argument does not escape
type_assert_comma_ok.go:42:21: s2.Area() escapes to heap
type_assert_comma_ok.go:42:21: ok escapes to heap
type_assert_comma_ok.go:44:12: ... argument does not escape
type_assert_comma_ok.go:44:13: str escapes to heap
type_assert_comma_ok.go:44:13: ok escapes to heap
