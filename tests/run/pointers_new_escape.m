pointers_new_escape.go:12:2: moved to heap: c
pointers_new_escape.go:19:3: moved to heap: it
pointers_new_escape.go:19:24: ... argument does not escape
pointers_new_escape.go:19:25: "item" escapes to heap
pointers_new_escape.go:19:25: i escapes to heap
pointers_new_escape.go:25:11: a does not escape
pointers_new_escape.go:25:14: b does not escape
pointers_new_escape.go:30:13: ... argument does not escape
pointers_new_escape.go:30:14: *c1 escapes to heap
pointers_new_escape.go:30:19: *c2 escapes to heap
pointers_new_escape.go:30:27: c1 != c2 escapes to heap
pointers_new_escape.go:32:12: ... argument does not escape
pointers_new_escape.go:32:13: *it escapes to heap
pointers_new_escape.go:32:18: " " escapes to heap
pointers_new_escape.go:37:13: ... argument does not escape
pointers_new_escape.go:37:13: x escapes to heap
pointers_new_escape.go:37:13: y escapes to heap
pointers_new_escape.go:38:10: new(Item) does not escape
pointers_new_escape.go:39:12: ... argument does not escape
pointers_new_escape.go:39:22: *p escapes to heap
pointers_new_escape.go:40:11: new([]int) does not escape
pointers_new_escape.go:42:13: ... argument does not escape
pointers_new_escape.go:42:14: *ps escapes to heap
pointers_new_escape.go:42:22: len(*ps) escapes to heap
pointers_new_escape.go:43:11: new(map[string]int) does not escape
pointers_new_escape.go:44:13: ... argument does not escape
pointers_new_escape.go:44:18: *pm == nil escapes to heap
pointers_new_escape.go:47:13: ... argument does not escape
pointers_new_escape.go:47:15: p.Qty escapes to heap
pointers_new_escape.go:51:13: ... argument does not escape
pointers_new_escape.go:51:13: arr escapes to heap
pointers_new_escape.go:51:21: e == &arr[1] escapes to heap
pointers_new_escape.go:52:12: []int{...} does not escape
pointers_new_escape.go:56:13: ... argument does not escape
pointers_new_escape.go:56:26: s[0] == 100 || s[0] == 1 escapes to heap
