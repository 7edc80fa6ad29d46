math_pow_special.go:11:23: [][2]float64{...} does not escape
math_pow_special.go:16:14: ... argument does not escape
math_pow_special.go:16:16: c[0] escapes to heap
math_pow_special.go:16:22: c[1] escapes to heap
math_pow_special.go:16:35: math.Pow(c[0], c[1]) escapes to heap
math_pow_special.go:18:13: ... argument does not escape
math_pow_special.go:18:23: math.Sqrt(inf) escapes to heap
math_pow_special.go:18:39: math.Sqrt(math.Copysign(0, -1)) escapes to heap
math_pow_special.go:18:71: math.Log(0) escapes to heap
math_pow_special.go:18:84: math.Log(-1) escapes to heap
math_pow_special.go:19:13: ... argument does not escape
math_pow_special.go:19:24: math.Floor(inf) escapes to heap
math_pow_special.go:19:40: math.Ceil(-inf) escapes to heap
math_pow_special.go:19:58: math.Trunc(nan) escapes to heap
math_pow_special.go:19:73: math.Abs(-inf) escapes to heap
math_pow_special.go:20:13: ... argument does not escape
math_pow_special.go:20:15: 1 / inf escapes to heap
math_pow_special.go:20:23: -1 / inf escapes to heap
math_pow_special.go:20:32: inf * 0 escapes to heap
math_pow_special.go:22:13: ... argument does not escape
math_pow_special.go:22:15: 1 / z escapes to heap
math_pow_special.go:22:21: -1 / z escapes to heap
math_pow_special.go:22:26: z / z escapes to heap
math_pow_special.go:23:13: ... argument does not escape
math_pow_special.go:23:19: int64(math.Pow(2, 62)) escapes to heap
math_pow_special.go:23:48: math.Pow10(3) escapes to heap
math_pow_special.go:23:63: math.Pow10(-2) escapes to heap
