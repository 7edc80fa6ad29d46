onthespot.go:15:2: moved to heap: z
onthespot.go:16:11: func literal does not escape
onthespot.go:21:7: func literal does not escape
onthespot.go:24:13: ... argument does not escape
onthespot.go:24:13: y escapes to heap
onthespot.go:24:17: *global escapes to heap
