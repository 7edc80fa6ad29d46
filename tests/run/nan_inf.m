nan_inf.go:12:13: ... argument does not escape
nan_inf.go:12:13: inf escapes to heap
nan_inf.go:12:13: ninf escapes to heap
nan_inf.go:12:13: nan escapes to heap
nan_inf.go:13:13: ... argument does not escape
nan_inf.go:13:18: nan == nan escapes to heap
nan_inf.go:13:30: nan != nan escapes to heap
nan_inf.go:13:42: nan < 1 escapes to heap
nan_inf.go:13:51: nan > 1 escapes to heap
nan_inf.go:13:60: nan == inf escapes to heap
nan_inf.go:14:13: ... argument does not escape
nan_inf.go:14:18: inf > 1e308 escapes to heap
nan_inf.go:14:32: ninf < -1e308 escapes to heap
nan_inf.go:14:46: inf == inf + 1 escapes to heap
nan_inf.go:14:59: inf - inf escapes to heap
nan_inf.go:15:13: ... argument does not escape
nan_inf.go:15:17: inf * 0 escapes to heap
nan_inf.go:15:21: -inf escapes to heap
nan_inf.go:15:28: 1 / inf escapes to heap
nan_inf.go:15:36: -1 / inf escapes to heap
nan_inf.go:17:13: ... argument does not escape
nan_inf.go:17:13: f32 escapes to heap
nan_inf.go:17:26: float32(nan) escapes to heap
nan_inf.go:17:33: -f32 escapes to heap
nan_inf.go:18:12: ... argument does not escape
nan_inf.go:18:13: inf escapes to heap
nan_inf.go:18:13: ninf escapes to heap
nan_inf.go:18:13: nan escapes to heap
nan_inf.go:18:13: inf escapes to heap
nan_inf.go:19:12: ... argument does not escape
nan_inf.go:19:13: inf escapes to heap
nan_inf.go:19:13: nan escapes to heap
nan_inf.go:19:13: inf escapes to heap
nan_inf.go:22:14: ... argument does not escape
nan_inf.go:22:15: "x is NaN" escapes to heap
nan_inf.go:26:13: ... argument does not escape
nan_inf.go:26:13: negZero escapes to heap
nan_inf.go:26:24: 1 / negZero escapes to heap
nan_inf.go:26:42: negZero == zero escapes to heap
