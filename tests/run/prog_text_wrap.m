prog_text_wrap.go:11:11: leaking param: text
prog_text_wrap.go:33:14: leaking param: line
prog_text_wrap.go:58:13: leaking param: s to result ~r0 level=0
prog_text_wrap.go:64:39: strings.Repeat(" ", left) + s + strings.Repeat(" ", width - n - left) escapes to heap
prog_text_wrap.go:72:15: reverseWords ignoring self-assignment in r[a], r[b] = r[b], r[a]
prog_text_wrap.go:72:15: reverseWords ignoring self-assignment in r[a], r[b] = r[b], r[a]
prog_text_wrap.go:67:19: leaking param: s
prog_text_wrap.go:70:14: ([]rune)(w) does not escape
prog_text_wrap.go:74:20: string(r) escapes to heap
prog_text_wrap.go:84:12: ... argument does not escape
prog_text_wrap.go:84:29: center("THE GO LANGUAGE", width) escapes to heap
prog_text_wrap.go:90:13: ... argument does not escape
prog_text_wrap.go:90:26: width escapes to heap
prog_text_wrap.go:90:26: l escapes to heap
prog_text_wrap.go:92:13: ... argument does not escape
prog_text_wrap.go:92:17: len(lines) escapes to heap
prog_text_wrap.go:92:38: reverseWords("héllo wörld Go") escapes to heap
prog_text_wrap.go:93:12: ... argument does not escape
prog_text_wrap.go:93:25: wrap("", 10) escapes to heap
prog_text_wrap.go:94:12: ... argument does not escape
prog_text_wrap.go:94:25: wrap("supercalifragilistic word", 5) escapes to heap
