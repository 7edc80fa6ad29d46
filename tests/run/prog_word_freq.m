prog_word_freq.go:73:17: m does not escape
prog_word_freq.go:78:12: list escapes to heap
prog_word_freq.go:78:19: func literal does not escape
prog_word_freq.go:95:22: s does not escape
prog_word_freq.go:102:6: moved to heap: sb
prog_word_freq.go:96:24: map[rune]int{} does not escape
prog_word_freq.go:103:32: []string{...} does not escape
prog_word_freq.go:106:16: ... argument does not escape
prog_word_freq.go:106:22: r escapes to heap
prog_word_freq.go:106:40: counts[r] escapes to heap
prog_word_freq.go:21:36: func literal does not escape
prog_word_freq.go:24:26: map[string]int{} does not escape
prog_word_freq.go:28:14: make([]wc, 0, len(counts)) escapes to heap
prog_word_freq.go:32:12: list escapes to heap
prog_word_freq.go:32:19: func literal does not escape
prog_word_freq.go:38:13: ... argument does not escape
prog_word_freq.go:38:14: "total words:" escapes to heap
prog_word_freq.go:38:33: len(words) escapes to heap
prog_word_freq.go:38:42: "distinct:" escapes to heap
prog_word_freq.go:38:58: len(counts) escapes to heap
prog_word_freq.go:40:13: ... argument does not escape
prog_word_freq.go:40:32: e.Word escapes to heap
prog_word_freq.go:40:40: e.Count escapes to heap
prog_word_freq.go:40:62: strings.Repeat("*", e.Count) escapes to heap
prog_word_freq.go:42:27: map[int][]string{} does not escape
prog_word_freq.go:44:18: ([]rune)(w) does not escape
prog_word_freq.go:47:15: []int{} escapes to heap
prog_word_freq.go:54:14: ... argument does not escape
prog_word_freq.go:54:14: n escapes to heap
prog_word_freq.go:54:23: byLen[n] escapes to heap
prog_word_freq.go:56:30: map[[2]string]int{} does not escape
prog_word_freq.go:62:13: ... argument does not escape
prog_word_freq.go:62:26: b.pair escapes to heap
prog_word_freq.go:62:34: b.n escapes to heap
prog_word_freq.go:64:13: ... argument does not escape
prog_word_freq.go:64:29: letterHistogram(text) escapes to heap
