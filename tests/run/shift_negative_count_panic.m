shift_negative_count_panic.go:9:14: ... argument does not escape
shift_negative_count_panic.go:9:15: "1 <<" escapes to heap
shift_negative_count_panic.go:9:15: n escapes to heap
shift_negative_count_panic.go:9:26: "=" escapes to heap
shift_negative_count_panic.go:9:32: x << n escapes to heap
