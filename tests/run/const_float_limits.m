const_float_limits.go:18:13: ... argument does not escape
const_float_limits.go:18:18: huge / 1e646456991 escapes to heap
const_float_limits.go:18:36: tiny * 1e646456992 escapes to heap
const_float_limits.go:18:54: huge / huge escapes to heap
const_float_limits.go:18:66: -huge / huge escapes to heap
const_float_limits.go:19:13: ... argument does not escape
const_float_limits.go:19:19: huge > 1e308 escapes to heap
const_float_limits.go:19:33: tiny > 0 escapes to heap
const_float_limits.go:19:43: tiny < 1e-320 escapes to heap
const_float_limits.go:19:59: -huge < 0 escapes to heap
const_float_limits.go:21:13: ... argument does not escape
const_float_limits.go:21:27: 1e-700000000 == 0 escapes to heap
const_float_limits.go:21:49: 0x1p-2147483600 > 0 escapes to heap
const_float_limits.go:21:54: 0e99999999999 escapes to heap
const_float_limits.go:24:13: ... argument does not escape
const_float_limits.go:24:22: 0.1 + 0.2 == 0.3 escapes to heap
const_float_limits.go:24:38: third * 3 == 1 escapes to heap
const_float_limits.go:24:57: 1e1000 / 1e999 == 10 escapes to heap
const_float_limits.go:27:13: ... argument does not escape
const_float_limits.go:27:25: (big5000 + 1) - big5000 escapes to heap
const_float_limits.go:27:55: (big5000 + 1) - big5000 == 0 escapes to heap
const_float_limits.go:30:13: ... argument does not escape
const_float_limits.go:30:19: frac == third escapes to heap
const_float_limits.go:30:36: float64(frac) escapes to heap
const_float_limits.go:34:13: ... argument does not escape
const_float_limits.go:34:19: int64(n) escapes to heap
const_float_limits.go:34:30: uint64(big5000 / 1e4990) escapes to heap
const_float_limits.go:36:13: ... argument does not escape
const_float_limits.go:36:17: len(a) escapes to heap
const_float_limits.go:41:13: ... argument does not escape
const_float_limits.go:41:18: real(z) escapes to heap
const_float_limits.go:41:27: imag(z) escapes to heap
const_float_limits.go:41:42: complex128(z) escapes to heap
const_float_limits.go:41:47: w escapes to heap
const_float_limits.go:41:52: w == 2 + 1i escapes to heap
const_float_limits.go:46:13: ... argument does not escape
const_float_limits.go:46:13: f32 escapes to heap
const_float_limits.go:46:13: f64 escapes to heap
const_float_limits.go:46:31: float32(1e-46) escapes to heap
const_float_limits.go:46:47: float32(1e-45) escapes to heap
const_float_limits.go:47:12: ... argument does not escape
const_float_limits.go:47:31: huge / 1e646456990 escapes to heap
const_float_limits.go:47:49: huge / 1e646456990 escapes to heap
const_float_limits.go:47:73: 5e-324 * 0.5 * 2 escapes to heap
