return_addr.go:13:2: moved to heap: p
return_addr.go:23:13: ... argument does not escape
return_addr.go:23:13: sum escapes to heap
