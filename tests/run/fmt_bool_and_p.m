fmt_bool_and_p.go:19:2: moved to heap: x
fmt_bool_and_p.go:7:12: ... argument does not escape
fmt_bool_and_p.go:7:24: true escapes to heap
fmt_bool_and_p.go:7:30: false escapes to heap
fmt_bool_and_p.go:8:12: ... argument does not escape
fmt_bool_and_p.go:8:31: true escapes to heap
fmt_bool_and_p.go:8:37: true escapes to heap
fmt_bool_and_p.go:8:43: false escapes to heap
fmt_bool_and_p.go:9:12: ... argument does not escape
fmt_bool_and_p.go:9:27: []bool{...} escapes to heap
fmt_bool_and_p.go:9:27: []bool{...} escapes to heap
fmt_bool_and_p.go:10:12: ... argument does not escape
fmt_bool_and_p.go:10:21: 1 escapes to heap
fmt_bool_and_p.go:11:12: ... argument does not escape
fmt_bool_and_p.go:11:21: true escapes to heap
fmt_bool_and_p.go:16:12: ... argument does not escape
fmt_bool_and_p.go:16:13: s escapes to heap
fmt_bool_and_p.go:17:12: ... argument does not escape
fmt_bool_and_p.go:17:13: s escapes to heap
fmt_bool_and_p.go:18:12: ... argument does not escape
fmt_bool_and_p.go:18:21: 5 escapes to heap
fmt_bool_and_p.go:21:13: ... argument does not escape
fmt_bool_and_p.go:21:35: fmt.Sprintf("%p", ... argument...) == fmt.Sprintf("%p", ... argument...) escapes to heap
fmt_bool_and_p.go:21:25: ... argument does not escape
fmt_bool_and_p.go:21:49: ... argument does not escape
fmt_bool_and_p.go:22:13: ... argument does not escape
fmt_bool_and_p.go:22:34: fmt.Sprintf("%p", ... argument...)[:2] escapes to heap
fmt_bool_and_p.go:22:25: ... argument does not escape
