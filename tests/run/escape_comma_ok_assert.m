escape_comma_ok_assert.go:9:54: ... argument does not escape
escape_comma_ok_assert.go:9:73: float64(c) escapes to heap
escape_comma_ok_assert.go:12:22: celsius(v) escapes to heap
escape_comma_ok_assert.go:32:13: ... argument does not escape
