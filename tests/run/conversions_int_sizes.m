conversions_int_sizes.go:9:13: ... argument does not escape
conversions_int_sizes.go:9:19: int32(big) escapes to heap
conversions_int_sizes.go:9:31: int16(big) escapes to heap
conversions_int_sizes.go:9:42: int8(big) escapes to heap
conversions_int_sizes.go:9:54: uint8(big) escapes to heap
conversions_int_sizes.go:9:67: uint16(big) escapes to heap
conversions_int_sizes.go:9:80: uint32(big) escapes to heap
conversions_int_sizes.go:11:13: ... argument does not escape
conversions_int_sizes.go:11:20: uint32(neg) escapes to heap
conversions_int_sizes.go:11:33: uint64(neg) escapes to heap
conversions_int_sizes.go:11:45: uint8(neg) escapes to heap
conversions_int_sizes.go:11:57: int64(neg) escapes to heap
conversions_int_sizes.go:11:68: uint(neg) escapes to heap
conversions_int_sizes.go:13:13: ... argument does not escape
conversions_int_sizes.go:13:18: int8(u8) escapes to heap
conversions_int_sizes.go:13:29: int16(u8) escapes to heap
conversions_int_sizes.go:13:40: int64(int8(u8)) escapes to heap
conversions_int_sizes.go:13:58: uint64(int8(u8)) escapes to heap
conversions_int_sizes.go:15:13: ... argument does not escape
conversions_int_sizes.go:15:20: uint16(i16) escapes to heap
conversions_int_sizes.go:15:32: uint8(i16) escapes to heap
conversions_int_sizes.go:15:43: int8(i16) escapes to heap
conversions_int_sizes.go:17:13: ... argument does not escape
conversions_int_sizes.go:17:19: int64(u64) escapes to heap
conversions_int_sizes.go:17:29: int(u64) escapes to heap
conversions_int_sizes.go:17:41: int32(u64) escapes to heap
conversions_int_sizes.go:17:54: uint32(u64) escapes to heap
conversions_int_sizes.go:19:13: ... argument does not escape
conversions_int_sizes.go:19:13: p escapes to heap
conversions_int_sizes.go:19:24: uint(p) + 1 escapes to heap
conversions_int_sizes.go:19:35: uintptr(neg) escapes to heap
conversions_int_sizes.go:21:13: ... argument does not escape
conversions_int_sizes.go:21:18: byte(r) escapes to heap
conversions_int_sizes.go:21:29: uint32(r) escapes to heap
conversions_int_sizes.go:23:13: ... argument does not escape
conversions_int_sizes.go:23:19: int16(x) escapes to heap
conversions_int_sizes.go:23:30: uint16(x) escapes to heap
conversions_int_sizes.go:23:40: int32(int16(x)) escapes to heap
conversions_int_sizes.go:24:13: ... argument does not escape
conversions_int_sizes.go:24:24: int8(-128) / int8(x - 70001) escapes to heap
conversions_int_sizes.go:24:48: uint8(x) * 2 escapes to heap
