panic_index_array.go:6:10: f does not escape
panic_index_array.go:7:8: func literal does not escape
panic_index_array.go:8:14: ... argument does not escape
panic_index_array.go:8:15: "recovered:" escapes to heap
panic_index_array.go:16:6: func literal does not escape
panic_index_array.go:18:6: func literal does not escape
panic_index_array.go:21:6: func literal does not escape
panic_index_array.go:24:13: ... argument does not escape
panic_index_array.go:24:13: grid escapes to heap
panic_index_array.go:26:13: ... argument does not escape
panic_index_array.go:26:15: a[k] escapes to heap
