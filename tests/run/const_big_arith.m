const_big_arith.go:16:13: ... argument does not escape
const_big_arith.go:16:14: back escapes to heap
const_big_arith.go:16:20: ratio escapes to heap
const_big_arith.go:18:13: ... argument does not escape
const_big_arith.go:18:13: u escapes to heap
const_big_arith.go:20:13: ... argument does not escape
const_big_arith.go:20:13: m escapes to heap
const_big_arith.go:21:13: ... argument does not escape
const_big_arith.go:21:14: bigMul escapes to heap
const_big_arith.go:22:13: ... argument does not escape
const_big_arith.go:22:14: exact escapes to heap
const_big_arith.go:23:13: ... argument does not escape
const_big_arith.go:23:19: huge / huge escapes to heap
const_big_arith.go:24:13: ... argument does not escape
const_big_arith.go:24:25: (huge - 1) % 1000 escapes to heap
const_big_arith.go:25:13: ... argument does not escape
const_big_arith.go:25:26: huge * huge >> 195 escapes to heap
const_big_arith.go:27:13: ... argument does not escape
const_big_arith.go:27:16: f / huge escapes to heap
const_big_arith.go:28:13: ... argument does not escape
const_big_arith.go:28:21: float64(huge) escapes to heap
const_big_arith.go:30:13: ... argument does not escape
const_big_arith.go:30:22: negHuge / (1 << 97) escapes to heap
const_big_arith.go:32:13: ... argument does not escape
const_big_arith.go:32:22: tenth * 3 == 0.3 escapes to heap
const_big_arith.go:32:35: tenth + 0.2 escapes to heap
const_big_arith.go:34:13: ... argument does not escape
const_big_arith.go:34:14: shifted escapes to heap
const_big_arith.go:35:13: ... argument does not escape
const_big_arith.go:35:14: ^0 escapes to heap
const_big_arith.go:35:21: ^-1 << 3 escapes to heap
const_big_arith.go:35:26: -(^5) escapes to heap
