tuple_to_interface.go:10:24: moved to heap: x
tuple_to_interface.go:15:8: .autotmp_3 escapes to heap
tuple_to_interface.go:16:13: ... argument does not escape
tuple_to_interface.go:16:14: *sink.(*int) escapes to heap
tuple_to_interface.go:17:28: .autotmp_7 escapes to heap
tuple_to_interface.go:18:13: ... argument does not escape
tuple_to_interface.go:18:14: *a.(*int) escapes to heap
