lib_unicode_tables.go:11:12: t does not escape
lib_unicode_tables.go:26:3: []struct { name string; t *unicode.RangeTable }{...} does not escape
lib_unicode_tables.go:40:14: ... argument does not escape
lib_unicode_tables.go:40:16: e.name escapes to heap
lib_unicode_tables.go:40:26: len(e.t.R16) escapes to heap
lib_unicode_tables.go:40:40: len(e.t.R32) escapes to heap
lib_unicode_tables.go:40:54: e.t.LatinOffset escapes to heap
lib_unicode_tables.go:40:54: n escapes to heap
lib_unicode_tables.go:40:54: sum escapes to heap
lib_unicode_tables.go:42:13: ... argument does not escape
lib_unicode_tables.go:42:29: unicode.Letter == unicode.L escapes to heap
lib_unicode_tables.go:42:57: unicode.Upper == unicode.Lu escapes to heap
lib_unicode_tables.go:42:86: unicode.Digit == unicode.Nd escapes to heap
lib_unicode_tables.go:43:17: unicode.Space == unicode.Z escapes to heap
lib_unicode_tables.go:43:45: unicode.STerm == unicode.Sentence_Terminal escapes to heap
lib_unicode_tables.go:43:90: unicode.Letter == unicode.Lu escapes to heap
lib_unicode_tables.go:44:13: ... argument does not escape
lib_unicode_tables.go:44:28: unicode.Lu.R16[0] escapes to heap
lib_unicode_tables.go:44:47: unicode.Lu.R16[1] escapes to heap
lib_unicode_tables.go:44:69: unicode.Greek.R32[0] escapes to heap
lib_unicode_tables.go:44:77: len(unicode.GraphicRanges) escapes to heap
lib_unicode_tables.go:44:105: len(unicode.PrintRanges) escapes to heap
lib_unicode_tables.go:46:26: []rune{...} does not escape
lib_unicode_tables.go:47:13: ... argument does not escape
lib_unicode_tables.go:47:14: r escapes to heap
lib_unicode_tables.go:48:14: unicode.Is(unicode.L, r) escapes to heap
lib_unicode_tables.go:48:40: unicode.Is(unicode.Lu, r) escapes to heap
lib_unicode_tables.go:48:67: unicode.Is(unicode.Nd, r) escapes to heap
lib_unicode_tables.go:49:14: unicode.Is(unicode.Zs, r) escapes to heap
lib_unicode_tables.go:49:41: unicode.Is(unicode.Greek, r) escapes to heap
lib_unicode_tables.go:49:71: unicode.Is(unicode.Han, r) escapes to heap
lib_unicode_tables.go:50:14: unicode.In(r, ... argument...) escapes to heap
lib_unicode_tables.go:50:14: ... argument does not escape
lib_unicode_tables.go:51:19: unicode.IsOneOf([]*unicode.RangeTable{...}, r) escapes to heap
lib_unicode_tables.go:51:41: []*unicode.RangeTable{...} does not escape
lib_unicode_tables.go:52:14: unicode.In(r, unicode.GraphicRanges...) escapes to heap
lib_unicode_tables.go:57:10: &unicode.RangeTable{...} does not escape
lib_unicode_tables.go:58:25: []unicode.Range16{...} does not escape
lib_unicode_tables.go:59:25: []unicode.Range32{...} does not escape
lib_unicode_tables.go:61:26: []rune{...} does not escape
lib_unicode_tables.go:62:12: ... argument does not escape
lib_unicode_tables.go:62:23: unicode.Is(mine, r) escapes to heap
lib_unicode_tables.go:62:34: " " escapes to heap
lib_unicode_tables.go:65:13: ... argument does not escape
lib_unicode_tables.go:65:24: unicode.In('x', nil...) escapes to heap
lib_unicode_tables.go:65:46: unicode.IsOneOf(nil, 'x') escapes to heap
lib_unicode_tables.go:68:10: &unicode.RangeTable{} does not escape
lib_unicode_tables.go:72:13: ... argument does not escape
lib_unicode_tables.go:72:24: unicode.Is(long, 0x1000) escapes to heap
lib_unicode_tables.go:72:50: unicode.Is(long, 0x1008) escapes to heap
lib_unicode_tables.go:72:76: unicode.Is(long, 0x1127) escapes to heap
lib_unicode_tables.go:72:102: unicode.Is(long, 0x1128) escapes to heap
lib_unicode_tables.go:74:8: func literal does not escape
lib_unicode_tables.go:74:28: ... argument does not escape
lib_unicode_tables.go:74:29: "recovered:" escapes to heap
lib_unicode_tables.go:75:10: &unicode.RangeTable{...} does not escape
lib_unicode_tables.go:75:52: []unicode.Range16{...} does not escape
lib_unicode_tables.go:76:13: ... argument does not escape
lib_unicode_tables.go:76:24: unicode.Is(zero, 5) escapes to heap
