fmt_ptr_printing.go:9:7: &P{...} escapes to heap
fmt_ptr_printing.go:10:7: &[3]int{...} escapes to heap
fmt_ptr_printing.go:11:7: &[]string{...} escapes to heap
fmt_ptr_printing.go:11:16: []string{...} escapes to heap
fmt_ptr_printing.go:12:7: &map[string]int{...} escapes to heap
fmt_ptr_printing.go:12:22: map[string]int{...} escapes to heap
fmt_ptr_printing.go:13:13: ... argument does not escape
fmt_ptr_printing.go:14:12: ... argument does not escape
fmt_ptr_printing.go:15:12: ... argument does not escape
fmt_ptr_printing.go:15:21: &[]string{...} escapes to heap
fmt_ptr_printing.go:15:30: []string{...} escapes to heap
fmt_ptr_printing.go:16:12: ... argument does not escape
fmt_ptr_printing.go:16:21: &[2]int{...} escapes to heap
fmt_ptr_printing.go:18:13: ... argument does not escape
fmt_ptr_printing.go:18:17: pp != nil escapes to heap
fmt_ptr_printing.go:18:30: (*pp).A escapes to heap
fmt_ptr_printing.go:18:40: (*(*pp)).B escapes to heap
fmt_ptr_printing.go:20:13: ... argument does not escape
fmt_ptr_printing.go:21:12: ... argument does not escape
fmt_ptr_printing.go:22:13: ... argument does not escape
