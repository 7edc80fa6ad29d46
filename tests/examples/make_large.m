make_large.go:12:15: make([]byte, 1024) does not escape
make_large.go:13:13: make([]byte, 100000) escapes to heap
make_large.go:16:13: ... argument does not escape
make_large.go:16:24: len(small) + len(big) escapes to heap
make_large.go:16:43: small[0] + big[0] escapes to heap
