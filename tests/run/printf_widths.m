printf_widths.go:7:12: ... argument does not escape
printf_widths.go:7:51: 42 escapes to heap
printf_widths.go:7:55: 42 escapes to heap
printf_widths.go:7:59: 42 escapes to heap
printf_widths.go:7:63: 42 escapes to heap
printf_widths.go:7:67: -42 escapes to heap
printf_widths.go:7:72: 42 escapes to heap
printf_widths.go:8:12: ... argument does not escape
printf_widths.go:8:44: -42 escapes to heap
printf_widths.go:8:49: -42 escapes to heap
printf_widths.go:8:54: 42 escapes to heap
printf_widths.go:8:58: 123456 escapes to heap
printf_widths.go:9:12: ... argument does not escape
printf_widths.go:9:51: "go" escapes to heap
printf_widths.go:9:57: "go" escapes to heap
printf_widths.go:9:63: "golang" escapes to heap
printf_widths.go:9:73: "golang" escapes to heap
printf_widths.go:9:83: "golang" escapes to heap
printf_widths.go:10:12: ... argument does not escape
printf_widths.go:10:61: 3.14159 escapes to heap
printf_widths.go:10:70: 2.5 escapes to heap
printf_widths.go:10:75: -3.14159 escapes to heap
printf_widths.go:10:85: 2.0 escapes to heap
printf_widths.go:10:90: 2.5 escapes to heap
printf_widths.go:10:95: 3.5 escapes to heap
printf_widths.go:11:12: ... argument does not escape
printf_widths.go:11:45: 1234.5678 escapes to heap
printf_widths.go:11:56: 0.5 escapes to heap
printf_widths.go:11:61: 1.0 escapes to heap
printf_widths.go:11:66: 15.0 escapes to heap
printf_widths.go:12:12: ... argument does not escape
printf_widths.go:12:52: 1.0 / 3 escapes to heap
printf_widths.go:12:59: 1.0 / 3 escapes to heap
printf_widths.go:12:63: 2.5 escapes to heap
printf_widths.go:12:68: 2.5 escapes to heap
printf_widths.go:12:76: 1.0 / 3 escapes to heap
printf_widths.go:13:12: ... argument does not escape
printf_widths.go:13:52: 255 escapes to heap
printf_widths.go:13:57: 0 escapes to heap
printf_widths.go:13:60: 255 escapes to heap
printf_widths.go:13:65: 255 escapes to heap
printf_widths.go:13:70: 255 escapes to heap
printf_widths.go:13:75: 10 escapes to heap
printf_widths.go:14:12: ... argument does not escape
printf_widths.go:14:33: "abc" escapes to heap
printf_widths.go:14:40: "abc" escapes to heap
printf_widths.go:14:47: "abc" escapes to heap
printf_widths.go:15:12: ... argument does not escape
printf_widths.go:15:30: true escapes to heap
printf_widths.go:15:36: false escapes to heap
printf_widths.go:16:12: ... argument does not escape
printf_widths.go:16:40: "a" escapes to heap
printf_widths.go:16:45: "b" escapes to heap
printf_widths.go:16:50: "c" escapes to heap
printf_widths.go:16:55: "é" escapes to heap
printf_widths.go:17:12: ... argument does not escape
printf_widths.go:17:30: 'x' escapes to heap
printf_widths.go:17:35: 'y' escapes to heap
printf_widths.go:18:12: ... argument does not escape
printf_widths.go:18:36: 12 escapes to heap
printf_widths.go:18:40: 1.5 escapes to heap
printf_widths.go:18:45: -7 escapes to heap
printf_widths.go:19:12: ... argument does not escape
printf_widths.go:19:39: 7 escapes to heap
printf_widths.go:19:42: -7 escapes to heap
printf_widths.go:19:46: 7 escapes to heap
printf_widths.go:20:12: ... argument does not escape
printf_widths.go:20:28: 99.5 escapes to heap
printf_widths.go:22:12: ... argument does not escape
printf_widths.go:22:13: f32 escapes to heap
printf_widths.go:22:13: f32 escapes to heap
printf_widths.go:22:13: f32 escapes to heap
