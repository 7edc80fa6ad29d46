math_funcs.go:10:13: ... argument does not escape
math_funcs.go:10:23: math.Sqrt(2) escapes to heap
math_funcs.go:10:37: math.Sqrt(16) escapes to heap
math_funcs.go:10:52: math.Sqrt(-1) escapes to heap
math_funcs.go:10:67: math.Cbrt(27) escapes to heap
math_funcs.go:11:29: []float64{...} does not escape
math_funcs.go:12:14: ... argument does not escape
math_funcs.go:12:14: x escapes to heap
math_funcs.go:12:28: math.Floor(x) escapes to heap
math_funcs.go:12:42: math.Ceil(x) escapes to heap
math_funcs.go:12:57: math.Trunc(x) escapes to heap
math_funcs.go:12:72: math.Round(x) escapes to heap
math_funcs.go:12:93: math.RoundToEven(x) escapes to heap
math_funcs.go:12:106: math.Abs(x) escapes to heap
math_funcs.go:14:13: ... argument does not escape
math_funcs.go:14:22: math.Mod(7, 3) escapes to heap
math_funcs.go:14:38: math.Mod(-7, 3) escapes to heap
math_funcs.go:14:61: math.Remainder(7, 3) escapes to heap
math_funcs.go:15:13: ... argument does not escape
math_funcs.go:15:22: math.Max(3, 7) escapes to heap
math_funcs.go:15:38: math.Min(3, 7) escapes to heap
math_funcs.go:15:54: math.Max(math.NaN(), 1) escapes to heap
math_funcs.go:15:79: math.Min(-0.0, 0) escapes to heap
math_funcs.go:17:13: ... argument does not escape
math_funcs.go:17:13: inf escapes to heap
math_funcs.go:17:19: -inf escapes to heap
math_funcs.go:17:28: inf + 1 escapes to heap
math_funcs.go:17:35: inf - inf escapes to heap
math_funcs.go:17:51: math.IsInf(inf, 1) escapes to heap
math_funcs.go:17:71: math.IsInf(-inf, 0) escapes to heap
math_funcs.go:19:13: ... argument does not escape
math_funcs.go:19:18: nan == nan escapes to heap
math_funcs.go:19:36: math.IsNaN(nan) escapes to heap
math_funcs.go:19:47: nan < 1 escapes to heap
math_funcs.go:19:56: nan > 1 escapes to heap
math_funcs.go:20:13: ... argument does not escape
math_funcs.go:20:18: math.MaxInt64 escapes to heap
math_funcs.go:20:33: math.MinInt64 escapes to heap
math_funcs.go:20:48: math.MaxInt32 escapes to heap
math_funcs.go:20:63: math.MaxUint8 escapes to heap
math_funcs.go:20:78: math.MaxInt8 escapes to heap
math_funcs.go:21:13: ... argument does not escape
math_funcs.go:21:18: math.MaxFloat32 escapes to heap
math_funcs.go:21:35: math.Pi escapes to heap
math_funcs.go:21:44: math.E escapes to heap
math_funcs.go:22:13: ... argument does not escape
math_funcs.go:22:24: math.Hypot(3, 4) escapes to heap
math_funcs.go:22:40: math.Log(math.E) escapes to heap
math_funcs.go:22:59: math.Log2(1024) escapes to heap
math_funcs.go:22:77: math.Log10(0.001) escapes to heap
math_funcs.go:22:94: math.Exp(0) escapes to heap
math_funcs.go:23:12: ... argument does not escape
math_funcs.go:23:41: math.Sin(math.Pi / 6) escapes to heap
math_funcs.go:23:62: math.Cos(0) escapes to heap
math_funcs.go:23:77: math.Atan2(1, 1) escapes to heap
math_funcs.go:24:13: ... argument does not escape
math_funcs.go:24:26: math.Signbit(-0.0) escapes to heap
math_funcs.go:24:46: math.Signbit(math.Copysign(0, -1)) escapes to heap
math_funcs.go:24:86: math.Float64bits(1.0) escapes to heap
math_funcs.go:25:13: ... argument does not escape
math_funcs.go:25:34: math.Float64frombits(0x4000000000000000) escapes to heap
math_funcs.go:25:72: math.Float32bits(1) escapes to heap
