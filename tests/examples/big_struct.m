big_struct.go:28:17: m does not escape
big_struct.go:52:13: ... argument does not escape
big_struct.go:52:13: total escapes to heap
