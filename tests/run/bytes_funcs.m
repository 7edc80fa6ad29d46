bytes_funcs.go:10:13: ([]byte)("  Hello, Gophers!  ") escapes to heap
bytes_funcs.go:12:12: ... argument does not escape
bytes_funcs.go:12:13: t escapes to heap
bytes_funcs.go:13:13: ... argument does not escape
bytes_funcs.go:13:28: bytes.Contains(t, ([]byte)("Go")) escapes to heap
bytes_funcs.go:13:38: ([]byte)("Go") does not escape
bytes_funcs.go:13:58: bytes.Index(t, ([]byte)("o")) escapes to heap
bytes_funcs.go:13:68: ([]byte)("o") does not escape
bytes_funcs.go:13:91: bytes.LastIndex(t, ([]byte)("o")) escapes to heap
bytes_funcs.go:13:101: ([]byte)("o") does not escape
bytes_funcs.go:14:12: ... argument does not escape
bytes_funcs.go:14:34: bytes.ToUpper(t) escapes to heap
bytes_funcs.go:15:29: ([]byte)("a,b,c") escapes to heap
bytes_funcs.go:15:46: ([]byte)(",") does not escape
bytes_funcs.go:16:12: ... argument does not escape
bytes_funcs.go:16:13: parts escapes to heap
bytes_funcs.go:16:34: len(parts) escapes to heap
bytes_funcs.go:17:12: ... argument does not escape
bytes_funcs.go:17:31: bytes.Join(parts, ([]byte)("+")) escapes to heap
bytes_funcs.go:17:45: ([]byte)("+") does not escape
bytes_funcs.go:18:13: ... argument does not escape
bytes_funcs.go:18:25: bytes.Equal(([]byte)("x"), ([]byte)("x")) escapes to heap
bytes_funcs.go:18:32: ([]byte)("x") does not escape
bytes_funcs.go:18:45: ([]byte)("x") does not escape
bytes_funcs.go:18:64: bytes.Equal(nil, []byte{}) escapes to heap
bytes_funcs.go:18:76: []byte{} does not escape
bytes_funcs.go:18:94: bytes.Compare(([]byte)("a"), ([]byte)("b")) escapes to heap
bytes_funcs.go:18:101: ([]byte)("a") does not escape
bytes_funcs.go:18:114: ([]byte)("b") does not escape
bytes_funcs.go:19:12: ... argument does not escape
bytes_funcs.go:19:33: bytes.Fields(([]byte)(" a  b c ")) escapes to heap
bytes_funcs.go:19:40: ([]byte)(" a  b c ") escapes to heap
bytes_funcs.go:20:12: ... argument does not escape
bytes_funcs.go:20:33: bytes.Repeat(([]byte)("ab"), 3) escapes to heap
bytes_funcs.go:20:40: ([]byte)("ab") does not escape
bytes_funcs.go:21:12: ... argument does not escape
bytes_funcs.go:21:37: bytes.ReplaceAll(([]byte)("aaa"), ([]byte)("a"), ([]byte)("bb")) escapes to heap
bytes_funcs.go:21:44: ([]byte)("aaa") does not escape
bytes_funcs.go:21:59: ([]byte)("a") does not escape
bytes_funcs.go:21:72: ([]byte)("bb") does not escape
bytes_funcs.go:22:13: ... argument does not escape
bytes_funcs.go:22:29: bytes.HasPrefix(t, ([]byte)("Hell")) escapes to heap
bytes_funcs.go:22:39: ([]byte)("Hell") does not escape
bytes_funcs.go:22:65: bytes.HasSuffix(t, ([]byte)("!")) escapes to heap
bytes_funcs.go:22:75: ([]byte)("!") does not escape
bytes_funcs.go:22:94: bytes.Count(t, ([]byte)("e")) escapes to heap
bytes_funcs.go:22:104: ([]byte)("e") does not escape
bytes_funcs.go:23:13: ... argument does not escape
bytes_funcs.go:23:29: bytes.IndexByte(t, ',') escapes to heap
bytes_funcs.go:23:54: bytes.IndexRune(([]byte)("añb"), 'b') escapes to heap
bytes_funcs.go:23:61: ([]byte)("añb") does not escape
bytes_funcs.go:23:83: string(bytes.Title(([]byte)("go go"))) escapes to heap
bytes_funcs.go:23:83: string(bytes.Title(([]byte)("go go"))) escapes to heap
bytes_funcs.go:23:102: ([]byte)("go go") does not escape
