string_index_panic.go:9:14: ... argument does not escape
string_index_panic.go:9:14: i escapes to heap
string_index_panic.go:9:19: s[i] escapes to heap
