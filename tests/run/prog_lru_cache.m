prog_lru_cache.go:22:27: leaking param: onEvict
prog_lru_cache.go:23:7: &LRU{...} escapes to heap
prog_lru_cache.go:23:38: make(map[string]*entry) escapes to heap
prog_lru_cache.go:28:7: c does not escape
prog_lru_cache.go:28:22: leaking param content: e
prog_lru_cache.go:30:7: leaking param: c
prog_lru_cache.go:30:25: leaking param: e
prog_lru_cache.go:36:7: leaking param: c
prog_lru_cache.go:36:19: k does not escape
prog_lru_cache.go:46:7: leaking param: c
prog_lru_cache.go:46:19: leaking param: k
prog_lru_cache.go:61:7: &entry{...} escapes to heap
prog_lru_cache.go:66:7: leaking param content: c
prog_lru_cache.go:69:36: ... argument does not escape
prog_lru_cache.go:69:47: e.key escapes to heap
prog_lru_cache.go:69:54: e.val escapes to heap
prog_lru_cache.go:71:40: "[" + strings.Join(parts, " ") + "]" escapes to heap
prog_lru_cache.go:76:22: leaking param: k
prog_lru_cache.go:75:6: moved to heap: evicted
prog_lru_cache.go:76:17: func literal escapes to heap
prog_lru_cache.go:76:77: ... argument does not escape
prog_lru_cache.go:76:77: k escapes to heap
prog_lru_cache.go:76:81: ":" escapes to heap
prog_lru_cache.go:76:81: v escapes to heap
prog_lru_cache.go:80:13: ... argument does not escape
prog_lru_cache.go:82:13: ... argument does not escape
prog_lru_cache.go:82:13: v escapes to heap
prog_lru_cache.go:82:13: ok escapes to heap
prog_lru_cache.go:84:13: ... argument does not escape
prog_lru_cache.go:84:13: evicted escapes to heap
prog_lru_cache.go:86:13: ... argument does not escape
prog_lru_cache.go:86:13: ok escapes to heap
prog_lru_cache.go:90:13: ... argument does not escape
prog_lru_cache.go:90:13: evicted escapes to heap
prog_lru_cache.go:90:29: len(c.items) escapes to heap
prog_lru_cache.go:93:14: string(rune('a' + i % 5)) escapes to heap
prog_lru_cache.go:101:13: ... argument does not escape
prog_lru_cache.go:101:13: hits escapes to heap
prog_lru_cache.go:101:13: misses escapes to heap
prog_lru_cache.go:101:34: len(evicted) escapes to heap
