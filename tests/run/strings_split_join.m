strings_split_join.go:10:12: ... argument does not escape
strings_split_join.go:10:34: strings.Split("a,b,c", ",") escapes to heap
strings_split_join.go:11:12: ... argument does not escape
strings_split_join.go:11:34: strings.Split("a,b,", ",") escapes to heap
strings_split_join.go:12:12: ... argument does not escape
strings_split_join.go:12:34: strings.Split("", ",") escapes to heap
strings_split_join.go:13:12: ... argument does not escape
strings_split_join.go:13:34: strings.Split("abc", "") escapes to heap
strings_split_join.go:14:12: ... argument does not escape
strings_split_join.go:14:34: strings.Split("a::b::c", "::") escapes to heap
strings_split_join.go:15:12: ... argument does not escape
strings_split_join.go:15:35: strings.SplitN("a,b,c,d", ",", 2) escapes to heap
strings_split_join.go:16:12: ... argument does not escape
strings_split_join.go:16:35: strings.SplitN("a,b", ",", 0) escapes to heap
strings_split_join.go:17:12: ... argument does not escape
strings_split_join.go:17:35: strings.SplitN("a,b,c", ",", -1) escapes to heap
strings_split_join.go:18:12: ... argument does not escape
strings_split_join.go:18:39: strings.SplitAfter("a,b,c", ",") escapes to heap
strings_split_join.go:19:12: ... argument does not escape
strings_split_join.go:19:33: strings.Join([]string{...}, ", ") escapes to heap
strings_split_join.go:19:42: []string{...} does not escape
strings_split_join.go:20:12: ... argument does not escape
strings_split_join.go:20:33: strings.Join(nil, "-") escapes to heap
strings_split_join.go:21:12: ... argument does not escape
strings_split_join.go:21:33: strings.Join([]string{...}, "-") escapes to heap
strings_split_join.go:21:42: []string{...} does not escape
strings_split_join.go:22:12: ... argument does not escape
strings_split_join.go:22:35: strings.Fields("  a  b\tc\n d  ") escapes to heap
strings_split_join.go:23:12: ... argument does not escape
strings_split_join.go:23:35: strings.Fields("   ") escapes to heap
strings_split_join.go:24:12: ... argument does not escape
strings_split_join.go:24:39: strings.FieldsFunc("a1b22c333", func literal) escapes to heap
strings_split_join.go:24:53: func literal does not escape
strings_split_join.go:26:12: ... argument does not escape
strings_split_join.go:26:13: before escapes to heap
strings_split_join.go:26:13: after escapes to heap
strings_split_join.go:26:13: found escapes to heap
strings_split_join.go:28:12: ... argument does not escape
strings_split_join.go:28:13: before escapes to heap
strings_split_join.go:28:13: after escapes to heap
strings_split_join.go:28:13: found escapes to heap
strings_split_join.go:29:13: ... argument does not escape
strings_split_join.go:29:17: len(strings.Split("a b c d", " ")) escapes to heap
