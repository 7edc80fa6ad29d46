sort_basics.go:16:15: []int{...} escapes to heap
sort_basics.go:18:13: ... argument does not escape
sort_basics.go:18:13: ints escapes to heap
sort_basics.go:18:38: sort.IntsAreSorted(ints) escapes to heap
sort_basics.go:18:61: sort.SearchInts(ints, 5) escapes to heap
sort_basics.go:18:87: sort.SearchInts(ints, 4) escapes to heap
sort_basics.go:19:18: []string{...} escapes to heap
sort_basics.go:21:12: ... argument does not escape
sort_basics.go:21:13: strs escapes to heap
sort_basics.go:22:17: []float64{...} escapes to heap
sort_basics.go:24:13: ... argument does not escape
sort_basics.go:24:13: fl escapes to heap
sort_basics.go:25:15: []rec{...} escapes to heap
sort_basics.go:26:18: recs escapes to heap
sort_basics.go:26:25: func literal does not escape
sort_basics.go:27:13: ... argument does not escape
sort_basics.go:27:13: recs escapes to heap
sort_basics.go:28:12: recs escapes to heap
sort_basics.go:28:19: func literal does not escape
sort_basics.go:34:13: ... argument does not escape
sort_basics.go:34:13: recs escapes to heap
sort_basics.go:35:26: func literal does not escape
sort_basics.go:36:13: ... argument does not escape
sort_basics.go:36:13: idx escapes to heap
sort_basics.go:37:13: ... argument does not escape
sort_basics.go:37:32: sort.SearchStrings([]string{...}, "d") escapes to heap
sort_basics.go:37:41: []string{...} does not escape
sort_basics.go:40:13: ... argument does not escape
sort_basics.go:40:13: empty escapes to heap
sort_basics.go:40:39: sort.SliceIsSorted(recs, func literal) escapes to heap
sort_basics.go:40:39: recs escapes to heap
sort_basics.go:40:46: func literal does not escape
