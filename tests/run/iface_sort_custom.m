iface_sort_custom.go:16:7: a does not escape
iface_sort_custom.go:17:49: ByAge.Swap ignoring self-assignment in a[i], a[j] = a[j], a[i]
iface_sort_custom.go:17:49: ByAge.Swap ignoring self-assignment in a[i], a[j] = a[j], a[i]
iface_sort_custom.go:17:7: a does not escape
iface_sort_custom.go:18:7: a does not escape
iface_sort_custom.go:22:7: s does not escape
iface_sort_custom.go:23:49: byLen.Swap ignoring self-assignment in s[i], s[j] = s[j], s[i]
iface_sort_custom.go:23:49: byLen.Swap ignoring self-assignment in s[i], s[j] = s[j], s[i]
iface_sort_custom.go:23:7: s does not escape
iface_sort_custom.go:24:7: s does not escape
iface_sort_custom.go:27:20: []Person{...} escapes to heap
iface_sort_custom.go:28:19: ByAge(people) escapes to heap
iface_sort_custom.go:29:13: ... argument does not escape
iface_sort_custom.go:29:13: people escapes to heap
iface_sort_custom.go:30:30: ByAge(people) escapes to heap
iface_sort_custom.go:32:12: ... argument does not escape
iface_sort_custom.go:32:14: p.Age escapes to heap
iface_sort_custom.go:32:20: " " escapes to heap
iface_sort_custom.go:35:13: ... argument does not escape
iface_sort_custom.go:35:27: sort.IsSorted(ByAge(people)) escapes to heap
iface_sort_custom.go:35:33: ByAge(people) escapes to heap
iface_sort_custom.go:36:19: []string{...} escapes to heap
iface_sort_custom.go:37:19: byLen(words) escapes to heap
iface_sort_custom.go:38:13: ... argument does not escape
iface_sort_custom.go:38:13: words escapes to heap
iface_sort_custom.go:39:41: sort.StringSlice(words) escapes to heap
iface_sort_custom.go:40:13: ... argument does not escape
iface_sort_custom.go:40:13: words escapes to heap
iface_sort_custom.go:41:23: sort.IntSlice{...} escapes to heap
iface_sort_custom.go:43:13: ... argument does not escape
iface_sort_custom.go:43:13: nums escapes to heap
iface_sort_custom.go:43:31: sort.IntSlice.Search(nums, 5) escapes to heap
iface_sort_custom.go:43:47: sort.IntSlice.Search(nums, 6) escapes to heap
