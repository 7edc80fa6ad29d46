global_store.go:14:15: leaking param: p
global_store.go:19:2: moved to heap: c
global_store.go:22:13: ... argument does not escape
global_store.go:22:18: last.n escapes to heap
