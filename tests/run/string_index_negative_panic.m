string_index_negative_panic.go:6:9: s does not escape
string_index_negative_panic.go:11:13: ... argument does not escape
string_index_negative_panic.go:11:16: at("abc", 2) escapes to heap
string_index_negative_panic.go:12:13: ... argument does not escape
string_index_negative_panic.go:12:16: at("abc", -1) escapes to heap
