int_overflow_wrap.go:9:13: ... argument does not escape
int_overflow_wrap.go:9:14: "int8 127+1 =" escapes to heap
int_overflow_wrap.go:9:14: a escapes to heap
int_overflow_wrap.go:12:13: ... argument does not escape
int_overflow_wrap.go:12:14: "int8 -128-1 =" escapes to heap
int_overflow_wrap.go:12:14: b escapes to heap
int_overflow_wrap.go:15:13: ... argument does not escape
int_overflow_wrap.go:15:14: "int16 32767+10 =" escapes to heap
int_overflow_wrap.go:15:14: c escapes to heap
int_overflow_wrap.go:18:13: ... argument does not escape
int_overflow_wrap.go:18:14: "int32 max*2 =" escapes to heap
int_overflow_wrap.go:18:14: d escapes to heap
int_overflow_wrap.go:21:13: ... argument does not escape
int_overflow_wrap.go:21:14: "int64 max+1 =" escapes to heap
int_overflow_wrap.go:21:14: e escapes to heap
int_overflow_wrap.go:24:13: ... argument does not escape
int_overflow_wrap.go:24:14: "-min int =" escapes to heap
int_overflow_wrap.go:24:14: f escapes to heap
int_overflow_wrap.go:27:13: ... argument does not escape
int_overflow_wrap.go:27:14: "uint8 0-1 =" escapes to heap
int_overflow_wrap.go:27:14: g escapes to heap
int_overflow_wrap.go:30:13: ... argument does not escape
int_overflow_wrap.go:30:14: "uint16 65535+2 =" escapes to heap
int_overflow_wrap.go:30:14: h escapes to heap
int_overflow_wrap.go:33:13: ... argument does not escape
int_overflow_wrap.go:33:14: "uint32 2^31*4 =" escapes to heap
int_overflow_wrap.go:33:14: i escapes to heap
int_overflow_wrap.go:36:13: ... argument does not escape
int_overflow_wrap.go:36:14: "uint64 max+1 =" escapes to heap
int_overflow_wrap.go:36:14: j escapes to heap
int_overflow_wrap.go:39:13: ... argument does not escape
int_overflow_wrap.go:39:14: "int8 100*3 =" escapes to heap
int_overflow_wrap.go:39:14: k escapes to heap
int_overflow_wrap.go:42:13: ... argument does not escape
int_overflow_wrap.go:42:14: "int32 min*-1 =" escapes to heap
int_overflow_wrap.go:42:14: m escapes to heap
