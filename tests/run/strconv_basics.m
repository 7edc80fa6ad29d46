strconv_basics.go:17:6: moved to heap: ne
strconv_basics.go:11:13: ... argument does not escape
strconv_basics.go:11:26: strconv.Itoa(0) escapes to heap
strconv_basics.go:11:43: strconv.Itoa(-123) escapes to heap
strconv_basics.go:11:63: strconv.Itoa(1 << 62) escapes to heap
strconv_basics.go:12:28: []string{...} does not escape
strconv_basics.go:14:14: ... argument does not escape
strconv_basics.go:14:14: n escapes to heap
strconv_basics.go:18:13: ... argument does not escape
strconv_basics.go:18:23: errors.As(err, &ne) escapes to heap
strconv_basics.go:18:37: ne.Func escapes to heap
strconv_basics.go:18:46: ne.Num escapes to heap
strconv_basics.go:18:69: errors.Is(err, strconv.ErrSyntax) escapes to heap
strconv_basics.go:19:28: []int{...} does not escape
strconv_basics.go:20:12: ... argument does not escape
strconv_basics.go:20:30: strconv.FormatInt(-255, base) escapes to heap
strconv_basics.go:20:44: " " escapes to heap
strconv_basics.go:23:13: ... argument does not escape
strconv_basics.go:23:32: strconv.FormatUint(18446744073709551615, 16) escapes to heap
strconv_basics.go:25:13: ... argument does not escape
strconv_basics.go:25:13: v escapes to heap
strconv_basics.go:27:13: ... argument does not escape
strconv_basics.go:27:13: v escapes to heap
strconv_basics.go:29:13: ... argument does not escape
strconv_basics.go:29:13: v escapes to heap
strconv_basics.go:31:13: ... argument does not escape
strconv_basics.go:31:13: v escapes to heap
strconv_basics.go:33:13: ... argument does not escape
strconv_basics.go:33:13: u escapes to heap
strconv_basics.go:34:28: []string{...} does not escape
strconv_basics.go:36:14: ... argument does not escape
strconv_basics.go:36:14: b escapes to heap
strconv_basics.go:38:13: ... argument does not escape
strconv_basics.go:38:32: strconv.FormatBool(false) escapes to heap
strconv_basics.go:38:58: strconv.AppendInt(([]byte)("n="), 5, 10) escapes to heap
strconv_basics.go:38:65: ([]byte)("n=") escapes to heap
