struct_array_fields_copy.go:14:13: r does not escape
struct_array_fields_copy.go:23:2: moved to heap: n
struct_array_fields_copy.go:24:50: []int{...} escapes to heap
struct_array_fields_copy.go:24:80: map[string]int{...} escapes to heap
struct_array_fields_copy.go:31:13: ... argument does not escape
struct_array_fields_copy.go:31:15: a.Fixed escapes to heap
struct_array_fields_copy.go:31:24: a.Slice escapes to heap
struct_array_fields_copy.go:31:35: len(a.Map) escapes to heap
struct_array_fields_copy.go:31:51: a.Inner.Vals escapes to heap
struct_array_fields_copy.go:32:13: ... argument does not escape
struct_array_fields_copy.go:32:15: b.Fixed escapes to heap
struct_array_fields_copy.go:32:24: b.Slice escapes to heap
struct_array_fields_copy.go:32:35: len(b.Map) escapes to heap
struct_array_fields_copy.go:32:51: b.Inner.Vals escapes to heap
struct_array_fields_copy.go:34:13: ... argument does not escape
struct_array_fields_copy.go:34:15: a.Fixed escapes to heap
struct_array_fields_copy.go:34:24: a.Slice escapes to heap
struct_array_fields_copy.go:34:33: n escapes to heap
struct_array_fields_copy.go:34:49: a.Inner.Vals escapes to heap
struct_array_fields_copy.go:37:13: ... argument does not escape
struct_array_fields_copy.go:37:15: a.Slice escapes to heap
struct_array_fields_copy.go:37:24: b.Slice escapes to heap
struct_array_fields_copy.go:41:13: ... argument does not escape
struct_array_fields_copy.go:41:20: arr[0].Fixed escapes to heap
struct_array_fields_copy.go:41:38: arrCopy[0].Fixed escapes to heap
