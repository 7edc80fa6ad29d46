math_bits.go:10:26: []uint{...} does not escape
math_bits.go:11:14: ... argument does not escape
math_bits.go:11:14: x escapes to heap
math_bits.go:11:32: bits.OnesCount(x) escapes to heap
math_bits.go:11:54: bits.LeadingZeros(x) escapes to heap
math_bits.go:11:77: bits.TrailingZeros(x) escapes to heap
math_bits.go:11:90: bits.Len(x) escapes to heap
math_bits.go:13:13: ... argument does not escape
math_bits.go:13:29: bits.OnesCount8(0xF0) escapes to heap
math_bits.go:13:56: bits.LeadingZeros32(1) escapes to heap
math_bits.go:13:81: bits.TrailingZeros16(0) escapes to heap
math_bits.go:13:96: bits.Len64(1 << 40) escapes to heap
math_bits.go:14:12: ... argument does not escape
math_bits.go:14:42: bits.Reverse8(0b00010110) escapes to heap
math_bits.go:14:75: bits.ReverseBytes16(0x1234) escapes to heap
math_bits.go:15:12: ... argument does not escape
math_bits.go:15:45: bits.ReverseBytes32(0x11223344) escapes to heap
math_bits.go:15:73: bits.Reverse32(1) escapes to heap
math_bits.go:16:12: ... argument does not escape
math_bits.go:16:44: bits.RotateLeft8(0b10010001, 1) escapes to heap
math_bits.go:16:77: bits.RotateLeft8(0b10010001, -1) escapes to heap
math_bits.go:17:12: ... argument does not escape
math_bits.go:17:39: bits.RotateLeft64(0xF000000000000000, 4) escapes to heap
math_bits.go:19:13: ... argument does not escape
math_bits.go:19:13: sum escapes to heap
math_bits.go:19:13: carry escapes to heap
math_bits.go:21:13: ... argument does not escape
math_bits.go:21:13: diff escapes to heap
math_bits.go:21:13: borrow escapes to heap
math_bits.go:23:13: ... argument does not escape
math_bits.go:23:13: hi escapes to heap
math_bits.go:23:13: lo escapes to heap
math_bits.go:25:13: ... argument does not escape
math_bits.go:25:13: q escapes to heap
math_bits.go:25:13: r escapes to heap
math_bits.go:26:13: ... argument does not escape
math_bits.go:26:18: bits.UintSize escapes to heap
