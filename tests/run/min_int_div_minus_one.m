min_int_div_minus_one.go:9:13: ... argument does not escape
min_int_div_minus_one.go:9:15: a / m1 escapes to heap
min_int_div_minus_one.go:9:21: a % m1 escapes to heap
min_int_div_minus_one.go:12:13: ... argument does not escape
min_int_div_minus_one.go:12:15: b / c escapes to heap
min_int_div_minus_one.go:12:20: b % c escapes to heap
min_int_div_minus_one.go:15:13: ... argument does not escape
min_int_div_minus_one.go:15:15: d / e escapes to heap
min_int_div_minus_one.go:15:20: d % e escapes to heap
min_int_div_minus_one.go:18:13: ... argument does not escape
min_int_div_minus_one.go:18:15: f / g escapes to heap
min_int_div_minus_one.go:18:20: f % g escapes to heap
min_int_div_minus_one.go:22:13: ... argument does not escape
min_int_div_minus_one.go:22:13: h escapes to heap
