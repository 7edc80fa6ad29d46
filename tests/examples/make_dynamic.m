make_dynamic.go:12:11: make([]int, n) escapes to heap
make_dynamic.go:20:11: make([]int, 8) does not escape
make_dynamic.go:28:13: ... argument does not escape
make_dynamic.go:28:18: fill(10) escapes to heap
make_dynamic.go:28:29: fixed() escapes to heap
