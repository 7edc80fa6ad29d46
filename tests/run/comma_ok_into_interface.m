comma_ok_into_interface.go:9:6: 7 escapes to heap
comma_ok_into_interface.go:11:13: ... argument does not escape
comma_ok_into_interface.go:11:13: ok escapes to heap
comma_ok_into_interface.go:12:25: map[string]float64{...} does not escape
comma_ok_into_interface.go:14:13: ... argument does not escape
comma_ok_into_interface.go:14:13: ok escapes to heap
comma_ok_into_interface.go:16:13: ... argument does not escape
comma_ok_into_interface.go:16:13: ok escapes to heap
comma_ok_into_interface.go:19:13: ... argument does not escape
comma_ok_into_interface.go:19:13: ok escapes to heap
