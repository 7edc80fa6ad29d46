map_comma_ok.go:12:24: map[string]int{...} does not escape
map_comma_ok.go:13:31: []string{...} does not escape
map_comma_ok.go:15:15: ... argument does not escape
map_comma_ok.go:15:15: name escapes to heap
map_comma_ok.go:15:22: "is" escapes to heap
map_comma_ok.go:15:22: age escapes to heap
map_comma_ok.go:17:15: ... argument does not escape
map_comma_ok.go:17:15: name escapes to heap
map_comma_ok.go:17:22: "unknown" escapes to heap
map_comma_ok.go:17:22: age escapes to heap
map_comma_ok.go:23:13: ... argument does not escape
map_comma_ok.go:23:13: v escapes to heap
map_comma_ok.go:23:13: ok escapes to heap
map_comma_ok.go:25:13: ... argument does not escape
map_comma_ok.go:25:13: ok escapes to heap
map_comma_ok.go:26:21: map[int]Entry{...} does not escape
map_comma_ok.go:26:37: []string{...} escapes to heap
map_comma_ok.go:28:13: ... argument does not escape
map_comma_ok.go:28:15: e.N escapes to heap
map_comma_ok.go:28:26: e.Tags == nil escapes to heap
map_comma_ok.go:28:26: ok escapes to heap
map_comma_ok.go:30:13: ... argument does not escape
map_comma_ok.go:30:13: e escapes to heap
map_comma_ok.go:30:13: ok escapes to heap
map_comma_ok.go:31:30: map[string]interface {}{...} does not escape
map_comma_ok.go:33:13: ... argument does not escape
map_comma_ok.go:33:13: ok escapes to heap
map_comma_ok.go:35:13: ... argument does not escape
map_comma_ok.go:35:13: ok escapes to heap
