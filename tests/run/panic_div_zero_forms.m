panic_div_zero_forms.go:6:10: name does not escape
panic_div_zero_forms.go:6:23: f does not escape
panic_div_zero_forms.go:7:8: func literal does not escape
panic_div_zero_forms.go:9:15: ... argument does not escape
panic_div_zero_forms.go:9:20: name + ":" escapes to heap
panic_div_zero_forms.go:9:20: name + ":" escapes to heap
panic_div_zero_forms.go:20:15: func literal does not escape
panic_div_zero_forms.go:20:35: ... argument does not escape
panic_div_zero_forms.go:20:38: 7 / zi escapes to heap
panic_div_zero_forms.go:21:15: func literal does not escape
panic_div_zero_forms.go:21:35: ... argument does not escape
panic_div_zero_forms.go:21:38: 7 % zi escapes to heap
panic_div_zero_forms.go:22:16: func literal does not escape
panic_div_zero_forms.go:22:36: ... argument does not escape
panic_div_zero_forms.go:22:48: int8(-128) / z8 escapes to heap
panic_div_zero_forms.go:23:16: func literal does not escape
panic_div_zero_forms.go:23:36: ... argument does not escape
panic_div_zero_forms.go:23:45: uint(3) % zu escapes to heap
panic_div_zero_forms.go:24:19: func literal does not escape
panic_div_zero_forms.go:27:14: ... argument does not escape
panic_div_zero_forms.go:27:14: x escapes to heap
panic_div_zero_forms.go:30:17: func literal does not escape
panic_div_zero_forms.go:30:37: ... argument does not escape
panic_div_zero_forms.go:30:39: 1 / zf escapes to heap
panic_div_zero_forms.go:30:46: -1 / zf escapes to heap
panic_div_zero_forms.go:30:53: zf / zf escapes to heap
panic_div_zero_forms.go:32:17: func literal does not escape
panic_div_zero_forms.go:32:37: ... argument does not escape
panic_div_zero_forms.go:32:39: 7 / one escapes to heap
panic_div_zero_forms.go:32:46: 7 % one escapes to heap
panic_div_zero_forms.go:34:13: ... argument does not escape
panic_div_zero_forms.go:34:16: n % zi escapes to heap
