method_value.go:14:7: c does not escape
method_value.go:20:6: moved to heap: c
method_value.go:21:10: c.inc escapes to heap
method_value.go:27:13: ... argument does not escape
method_value.go:27:15: f() escapes to heap
