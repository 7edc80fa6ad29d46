lib_sort_types.go:130:40: devirtualizing iface.Len to sort.IntSlice
lib_sort_types.go:19:7: b does not escape
lib_sort_types.go:20:7: b does not escape
lib_sort_types.go:21:58: byKey.Swap ignoring self-assignment in b[i], b[j] = b[j], b[i]
lib_sort_types.go:21:58: byKey.Swap ignoring self-assignment in b[i], b[j] = b[j], b[i]
lib_sort_types.go:21:7: b does not escape
lib_sort_types.go:32:11: make([]rec, n) escapes to heap
lib_sort_types.go:64:13: r does not escape
lib_sort_types.go:74:25: []int{...} does not escape
lib_sort_types.go:78:19: byKey(a) escapes to heap
lib_sort_types.go:80:15: ... argument does not escape
lib_sort_types.go:80:16: "Sort" escapes to heap
lib_sort_types.go:80:16: n escapes to heap
lib_sort_types.go:80:16: kind escapes to heap
lib_sort_types.go:80:39: digest(a) escapes to heap
lib_sort_types.go:80:39: l escapes to heap
lib_sort_types.go:80:39: s escapes to heap
lib_sort_types.go:80:63: sort.IsSorted(byKey(a)) escapes to heap
lib_sort_types.go:80:69: byKey(a) escapes to heap
lib_sort_types.go:83:14: b escapes to heap
lib_sort_types.go:83:18: func literal does not escape
lib_sort_types.go:84:15: ... argument does not escape
lib_sort_types.go:84:16: "Slice" escapes to heap
lib_sort_types.go:84:16: n escapes to heap
lib_sort_types.go:84:16: kind escapes to heap
lib_sort_types.go:84:40: digest(b) escapes to heap
lib_sort_types.go:84:40: cnt escapes to heap
lib_sort_types.go:86:21: byKey(c) escapes to heap
lib_sort_types.go:87:15: ... argument does not escape
lib_sort_types.go:87:16: "Stable" escapes to heap
lib_sort_types.go:87:16: n escapes to heap
lib_sort_types.go:87:16: kind escapes to heap
lib_sort_types.go:87:41: digest(c) escapes to heap
lib_sort_types.go:90:32: byKey(e) escapes to heap
lib_sort_types.go:92:15: ... argument does not escape
lib_sort_types.go:92:16: "Reverse" escapes to heap
lib_sort_types.go:92:16: n escapes to heap
lib_sort_types.go:92:16: kind escapes to heap
lib_sort_types.go:92:42: digest(e) escapes to heap
lib_sort_types.go:92:42: l escapes to heap
lib_sort_types.go:92:42: s escapes to heap
lib_sort_types.go:96:17: byKey(a) escapes to heap
lib_sort_types.go:98:12: ... argument does not escape
lib_sort_types.go:98:17: a[i].id escapes to heap
lib_sort_types.go:98:22: " " escapes to heap
lib_sort_types.go:104:21: sort.IntSlice{...} escapes to heap
lib_sort_types.go:105:13: ... argument does not escape
lib_sort_types.go:105:20: sort.IntSlice.Len(is) escapes to heap
lib_sort_types.go:105:31: sort.IntSlice.Less(is, 0, 1) escapes to heap
lib_sort_types.go:105:46: sort.IntSlice.Less(is, 1, 0) escapes to heap
lib_sort_types.go:107:13: ... argument does not escape
lib_sort_types.go:107:13: is escapes to heap
lib_sort_types.go:109:13: ... argument does not escape
lib_sort_types.go:109:13: is escapes to heap
lib_sort_types.go:109:27: sort.IntSlice.Search(is, 2) escapes to heap
lib_sort_types.go:109:41: sort.IntSlice.Search(is, 3) escapes to heap
lib_sort_types.go:109:55: sort.IntSlice.Search(is, 10) escapes to heap
lib_sort_types.go:109:74: sort.IsSorted(is) escapes to heap
lib_sort_types.go:109:74: is escapes to heap
lib_sort_types.go:110:24: is escapes to heap
lib_sort_types.go:111:13: ... argument does not escape
lib_sort_types.go:111:13: is escapes to heap
lib_sort_types.go:111:31: sort.IsSorted(is) escapes to heap
lib_sort_types.go:111:31: is escapes to heap
lib_sort_types.go:111:50: sort.IsSorted(sort.Reverse(is)) escapes to heap
lib_sort_types.go:111:63: is escapes to heap
lib_sort_types.go:113:25: sort.Float64Slice{...} escapes to heap
lib_sort_types.go:115:13: ... argument does not escape
lib_sort_types.go:115:13: fs escapes to heap
lib_sort_types.go:115:27: sort.Float64Slice.Search(fs, 0) escapes to heap
lib_sort_types.go:115:39: sort.Float64Slice.Less(fs, 0, 1) escapes to heap
lib_sort_types.go:115:54: sort.Float64Slice.Less(fs, 1, 2) escapes to heap
lib_sort_types.go:116:24: sort.StringSlice{...} escapes to heap
lib_sort_types.go:117:11: ss escapes to heap
lib_sort_types.go:118:13: ... argument does not escape
lib_sort_types.go:118:13: ss escapes to heap
lib_sort_types.go:118:27: sort.StringSlice.Search(ss, "fig") escapes to heap
lib_sort_types.go:118:45: sort.StringSlice.Search(ss, "zzz") escapes to heap
lib_sort_types.go:118:57: len(ss) escapes to heap
lib_sort_types.go:120:16: []int{...} escapes to heap
lib_sort_types.go:122:13: ... argument does not escape
lib_sort_types.go:122:13: plain escapes to heap
lib_sort_types.go:123:19: []string{...} escapes to heap
lib_sort_types.go:124:41: sort.StringSlice(words) escapes to heap
lib_sort_types.go:125:13: ... argument does not escape
lib_sort_types.go:125:13: words escapes to heap
lib_sort_types.go:127:33: sort.IntSlice{...} escapes to heap
lib_sort_types.go:127:33: sort.IntSlice{...} escapes to heap
lib_sort_types.go:128:12: ... argument does not escape
lib_sort_types.go:128:41: r.Len() escapes to heap
lib_sort_types.go:128:51: r.Less(0, 1) escapes to heap
lib_sort_types.go:129:29: is escapes to heap
lib_sort_types.go:130:12: ... argument does not escape
lib_sort_types.go:130:40: sort.IntSlice.Len(iface.(sort.IntSlice)) escapes to heap
