bit_ops.go:17:12: ... argument does not escape
bit_ops.go:17:28: a & b escapes to heap
bit_ops.go:17:33: a | b escapes to heap
bit_ops.go:17:38: a ^ b escapes to heap
bit_ops.go:18:13: ... argument does not escape
bit_ops.go:18:14: ^a escapes to heap
bit_ops.go:18:18: ^0 escapes to heap
bit_ops.go:18:22: ^-1 escapes to heap
bit_ops.go:20:12: ... argument does not escape
bit_ops.go:20:27: ^u escapes to heap
bit_ops.go:20:32: u ^ 0xFF escapes to heap
bit_ops.go:20:40: u & 0x0F escapes to heap
bit_ops.go:22:13: ... argument does not escape
bit_ops.go:22:15: s & 0x7F escapes to heap
bit_ops.go:22:23: s | 1 escapes to heap
bit_ops.go:22:28: s ^ -1 escapes to heap
bit_ops.go:22:33: ^s escapes to heap
bit_ops.go:23:13: ... argument does not escape
bit_ops.go:23:22: popcount(0) escapes to heap
bit_ops.go:23:35: popcount(255) escapes to heap
bit_ops.go:23:50: popcount(1 << 63 | 1) escapes to heap
bit_ops.go:23:69: popcount(^uint64(0)) escapes to heap
bit_ops.go:26:13: ... argument does not escape
bit_ops.go:26:13: x escapes to heap
bit_ops.go:28:13: ... argument does not escape
bit_ops.go:28:13: x escapes to heap
bit_ops.go:30:13: ... argument does not escape
bit_ops.go:30:13: x escapes to heap
bit_ops.go:32:12: ... argument does not escape
bit_ops.go:32:28: m >> 16 escapes to heap
bit_ops.go:32:35: m & 0xFFFF escapes to heap
bit_ops.go:32:45: m << 8 escapes to heap
bit_ops.go:33:13: ... argument does not escape
bit_ops.go:33:16: -5 & 3 escapes to heap
bit_ops.go:33:22: -5 | 3 escapes to heap
bit_ops.go:33:28: -5 ^ 3 escapes to heap
bit_ops.go:34:13: ... argument does not escape
bit_ops.go:34:19: true != false escapes to heap
bit_ops.go:34:40: (1 & 1 == 1) == true escapes to heap
