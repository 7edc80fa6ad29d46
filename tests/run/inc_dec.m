inc_dec.go:17:13: ... argument does not escape
inc_dec.go:17:13: i escapes to heap
inc_dec.go:20:13: ... argument does not escape
inc_dec.go:20:13: u escapes to heap
inc_dec.go:22:13: ... argument does not escape
inc_dec.go:22:13: u escapes to heap
inc_dec.go:25:13: ... argument does not escape
inc_dec.go:25:13: s escapes to heap
inc_dec.go:28:13: ... argument does not escape
inc_dec.go:28:13: f escapes to heap
inc_dec.go:31:13: ... argument does not escape
inc_dec.go:31:13: g escapes to heap
inc_dec.go:35:13: ... argument does not escape
inc_dec.go:35:13: counter escapes to heap
inc_dec.go:38:12: ... argument does not escape
inc_dec.go:38:13: r escapes to heap
inc_dec.go:41:13: ... argument does not escape
inc_dec.go:41:13: big escapes to heap
