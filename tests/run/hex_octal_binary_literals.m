hex_octal_binary_literals.go:7:13: ... argument does not escape
hex_octal_binary_literals.go:7:14: 0x1F escapes to heap
hex_octal_binary_literals.go:7:20: 0x1f escapes to heap
hex_octal_binary_literals.go:7:26: 0xdead_beef escapes to heap
hex_octal_binary_literals.go:7:39: 0x_FF escapes to heap
hex_octal_binary_literals.go:8:13: ... argument does not escape
hex_octal_binary_literals.go:8:14: 017 escapes to heap
hex_octal_binary_literals.go:8:19: 0o17 escapes to heap
hex_octal_binary_literals.go:8:25: 0o17 escapes to heap
hex_octal_binary_literals.go:8:31: 0o_7 escapes to heap
hex_octal_binary_literals.go:8:37: 00 escapes to heap
hex_octal_binary_literals.go:9:13: ... argument does not escape
hex_octal_binary_literals.go:9:14: 0b1010 escapes to heap
hex_octal_binary_literals.go:9:22: 0b1111_0000 escapes to heap
hex_octal_binary_literals.go:9:35: 0b_1 escapes to heap
hex_octal_binary_literals.go:10:13: ... argument does not escape
hex_octal_binary_literals.go:10:14: 1_000_000 escapes to heap
hex_octal_binary_literals.go:10:25: 0_7 escapes to heap
hex_octal_binary_literals.go:10:30: 123 escapes to heap
hex_octal_binary_literals.go:11:13: ... argument does not escape
hex_octal_binary_literals.go:11:14: 0x7FFFFFFFFFFFFFFF escapes to heap
hex_octal_binary_literals.go:11:52: 0xFFFFFFFFFFFFFFFF >> 1 escapes to heap
hex_octal_binary_literals.go:12:13: ... argument does not escape
hex_octal_binary_literals.go:12:14: 1e3 escapes to heap
hex_octal_binary_literals.go:12:19: 1.5e-3 escapes to heap
hex_octal_binary_literals.go:12:27: .5 escapes to heap
hex_octal_binary_literals.go:12:31: 5. escapes to heap
hex_octal_binary_literals.go:12:35: 0.0 escapes to heap
hex_octal_binary_literals.go:12:40: 1_0.2_5 escapes to heap
hex_octal_binary_literals.go:12:49: 6.02e+23 escapes to heap
hex_octal_binary_literals.go:13:13: ... argument does not escape
hex_octal_binary_literals.go:13:14: 0x1p4 escapes to heap
hex_octal_binary_literals.go:13:21: 0x1.8p1 escapes to heap
hex_octal_binary_literals.go:13:30: 0x.8p0 escapes to heap
hex_octal_binary_literals.go:13:38: 0x1p-2 escapes to heap
hex_octal_binary_literals.go:14:13: ... argument does not escape
hex_octal_binary_literals.go:14:14: 0e0 escapes to heap
hex_octal_binary_literals.go:14:19: 00.5 escapes to heap
hex_octal_binary_literals.go:14:25: 0123.5 escapes to heap
hex_octal_binary_literals.go:14:33: 1e2 escapes to heap
hex_octal_binary_literals.go:17:13: ... argument does not escape
hex_octal_binary_literals.go:17:13: u8 escapes to heap
hex_octal_binary_literals.go:17:13: i16 escapes to heap
hex_octal_binary_literals.go:18:12: ... argument does not escape
hex_octal_binary_literals.go:18:27: 0xCAFE escapes to heap
hex_octal_binary_literals.go:18:35: 0o755 escapes to heap
hex_octal_binary_literals.go:18:42: 0b1_0_1 escapes to heap
