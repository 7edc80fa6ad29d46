float_to_int_out_of_range.go:8:13: ... argument does not escape
float_to_int_out_of_range.go:8:18: int8(f) escapes to heap
float_to_int_out_of_range.go:8:28: int16(f) escapes to heap
float_to_int_out_of_range.go:8:38: int32(f) escapes to heap
float_to_int_out_of_range.go:8:48: int64(f) escapes to heap
float_to_int_out_of_range.go:8:56: int(f) escapes to heap
float_to_int_out_of_range.go:8:66: uint8(f) escapes to heap
float_to_int_out_of_range.go:8:77: uint16(f) escapes to heap
float_to_int_out_of_range.go:8:88: uint32(f) escapes to heap
float_to_int_out_of_range.go:8:99: uint64(f) escapes to heap
float_to_int_out_of_range.go:8:108: uint(f) escapes to heap
float_to_int_out_of_range.go:8:120: uintptr(f) escapes to heap
float_to_int_out_of_range.go:24:13: ... argument does not escape
float_to_int_out_of_range.go:24:19: int32(f32) escapes to heap
float_to_int_out_of_range.go:24:31: uint8(f32) escapes to heap
